# __iter__ and __next__
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)))
c = Countdown(2)
for x in c:
    print("x", x)
print(list(c))
class Repeat:
    def __init__(self, item, times):
        self.item, self.times = item, times
    def __iter__(self):
        for _ in range(self.times):
            yield self.item
r = Repeat("ab", 3)
print(list(r), list(r), "".join(r))
print(sum(Countdown(10)), max(Countdown(4)), sorted(Countdown(3)))
a, b, c = Countdown(3)
print(a, b, c)
