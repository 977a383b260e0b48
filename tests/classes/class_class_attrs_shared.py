# mutable class attributes are shared between instances
class Bag:
    items = []
    def add(self, x):
        self.items.append(x)
a, b = Bag(), Bag()
a.add(1); b.add(2)
print(a.items, b.items, Bag.items)
class Fixed:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
c, d = Fixed(), Fixed()
c.add(1); d.add(2)
print(c.items, d.items)
class Counter:
    n = 0
    def __init__(self):
        type(self).n += 1
Counter(); Counter()
print(Counter.n)
