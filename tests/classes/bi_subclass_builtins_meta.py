# subclassing builtin types, property deleter, metaclasses, print(file=) (bi_ tests)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
w = W()
print("a", 1, [2], sep=",", end=";", file=w)
print(file=w)
print(w.parts)
print("x", end="")
print("y", None, sep=None, end=None)
class MyInt(int):
    def double(self): return self * 2
m = MyInt(21)
print(m, m.double(), m + 1, type(m).__name__, isinstance(m, int), m == 21, hash(m) == hash(21), str(m), repr(m))
class MyStr(str):
    def shout(self): return self.upper() + "!"
s = MyStr("hi")
print(s, s.shout(), len(s), s + "x", s == "hi", isinstance(s, str), repr(s), s[0])
class MyTuple(tuple):
    def first(self): return self[0]
t = MyTuple([1, 2, 3])
print(t, t.first(), len(t), t + (4,), isinstance(t, tuple))
class MyFloat(float): pass
print(MyFloat(1.5) + 1, MyFloat(2.0))
class MyDict(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = 1
d = MyDict({'a': 1}, b=2)
print(d, d.extra, len(d), d['b'], list(d.items()))
class MyList(list):
    def __init__(self, it):
        super().__init__(x * 2 for x in it)
ml = MyList([1, 2])
ml.append(9)
print(ml, ml[0], ml[-1], len(ml), ml == [2, 4, 9])
class MySet(set): pass
ms = MySet([1, 2, 2])
print(len(ms), 1 in ms, sorted(ms))
class Prop:
    def __init__(self): self._v = 1
    def _get(self): return self._v
    def _del(self): print("deleting"); del self._v
    v = property(_get, None, _del, "doc")
p = Prop(); print(p.v, Prop.v.__doc__); del p.v
try: p.v = 3
except AttributeError as e: print(e)
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns['added'] = 'yes'
        return super().__new__(mcs, name, bases, ns)
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.added)
class Gen:
    def __class_getitem__(cls, item): return (cls.__name__, item)
print(Gen[int])
class Base:
    def __init__(self, x): self.x = x
class Derived(Base):
    def __init__(self, x, y):
        super(Derived, self).__init__(x)
        self.y = y
dd = Derived(1, 2); print(dd.x, dd.y)
class CM:
    @classmethod
    def make(cls): return cls.__name__
class CM2(CM):
    @classmethod
    def make(cls): return "2:" + super().make()
print(CM2.make(), CM2().make())
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, t, v, tb): print("exit", t.__name__ if t else None); return True
with Ctx() as c:
    raise ValueError("swallowed")
print("after")
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration
        return self.n
print([x for x in It()], sum(It()), max(It()), list(zip(It(), It())))
print(type(None)(), type(True)(5), type(3)("7"))
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns['added'] = 'yes'
        return super().__new__(mcs, name, bases, ns)
    def __call__(cls, *a):
        print("meta call", cls.__name__, a)
        return super().__call__(*a)
class WithMeta(metaclass=Meta):
    def __init__(self, v): self.v = v
print(WithMeta.added, type(WithMeta).__name__, WithMeta.__mro__[0] is WithMeta)
w = WithMeta(3)
print(w.v, isinstance(w, WithMeta), isinstance(WithMeta, Meta), isinstance(WithMeta, type))
class Sub(WithMeta): pass
print(type(Sub).__name__, Sub(4).v)
class P(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def a(self): return self[0]
    def __repr__(self): return "P(%r, %r)" % tuple(self)
p = P(1, 2)
print(p, p.a, len(p), p == (1, 2), isinstance(p, tuple), p[1], list(p))
class E(Exception): pass
try: E(x=1)
except TypeError as e: print(e)
class U(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(U("abc"), type(U("abc")).__name__, U("x") + "y")
class I(int):
    def __new__(cls, v): return super().__new__(cls, v * 10)
    def __repr__(self): return "I<" + str(int(self)) + ">"
print(I(4), I(4) + 1, [I(2)])
