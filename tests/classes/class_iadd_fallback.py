# in-place operators fall back to binary operators
class N:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return N(self.v + o)
    def __mul__(self, o):
        return N(self.v * o)
a = N(1)
b = a
a += 5
print(a.v, b.v, a is b)
a *= 3
print(a.v)
class M:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
m = M()
m2 = m
m += 1
m += 2
print(m.items, m is m2)
try:
    m -= 1
except TypeError as e:
    print("TypeError", e)
