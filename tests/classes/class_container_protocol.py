# a full user-defined container
class Bag:
    def __init__(self, items=()):
        self._d = {}
        for x in items:
            self.add(x)
    def add(self, x):
        self._d[x] = self._d.get(x, 0) + 1
    def __len__(self):
        return sum(self._d.values())
    def __contains__(self, x):
        return x in self._d
    def __iter__(self):
        for k, n in self._d.items():
            for _ in range(n):
                yield k
    def __getitem__(self, k):
        return self._d.get(k, 0)
    def __eq__(self, o):
        return isinstance(o, Bag) and self._d == o._d
    def __repr__(self):
        return "Bag(%r)" % sorted(self)
b = Bag("abracadabra")
print(len(b), "a" in b, "z" in b, b["a"], b["z"], b)
print(Bag("ab") == Bag("ba"), Bag("ab") == Bag("abb"), sorted(set(b)))
print(list(b)[:3], max(b), "".join(sorted(b)))
