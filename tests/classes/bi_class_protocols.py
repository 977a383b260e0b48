# container/iteration/numeric protocols on user classes (bi_ tests)
class D(dict):
    def __missing__(self, k): return k * 2
d = D(); print(d[3], d.get(3), len(d))
class Grid:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        if isinstance(k, slice): return ("slice", k.start, k.stop, k.step)
        return self.d.get(k, 0)
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self):
        yield from sorted(self.d)
    def __reversed__(self): return iter(["r"])
    def __len__(self): return len(self.d)
g = Grid(); g[1, 2] = 5; g["a"] = 1
print(g[1, 2], g[1:5:2], g[::], list(g) if False else len(g), list(reversed(g)))
del g["a"]; print(len(g), g["a"])
class Base:
    @property
    def v(self): return 1
class Sub(Base):
    @property
    def v(self): return super().v + 10
print(Sub().v)
class NE:
    def __eq__(self, o): return NotImplemented
a = NE(); print(a == a, a == NE(), a != NE())
class T:
    def __init__(self, n): self.n = n
    def __lt__(self, o): return self.n < o.n
    def __repr__(self): return "T%d" % self.n
print(sorted([T(3), T(1), T(2)]), max([T(3), T(1)]), min(T(5), T(4)))
class G:
    def __iter__(self):
        for i in range(3): yield i * i
print(list(G()), sum(G()), 4 in G(), dict(zip(G(), "abc")))
class WithDoc:
    """The doc."""
print(WithDoc.__doc__, WithDoc().__doc__)
class Cls:
    @classmethod
    def create(cls, *a): return cls.__name__, a
    @staticmethod
    def st(): return "st"
class Sub2(Cls): pass
print(Sub2.create(1), Sub2().create(), Sub2.st(), Cls.__dict__['st'].__func__())
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __repr__(self): return "Num(%r)" % self.v
print(sum([Num(1), Num(2)]), 1 + Num(1), Num(1) + Num(2))
class A:
    def __init__(self): self.items = []
    def __len__(self): return len(self.items)
print(bool(A()), "yes" if A() else "no")
x = A(); x.items.append(1); print(bool(x))
