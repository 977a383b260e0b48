# special methods of builtin bases reached through super(), the class (int.__add__) and
# instances ((5).__add__): they run the builtin operation, not the subclass override
class MyInt(int):
    def __add__(self, o): return MyInt(super().__add__(o) * 10)
    def __neg__(self): return "neg " + str(super().__neg__())
    def __eq__(self, o): return super().__eq__(o)
    __hash__ = int.__hash__
m = MyInt(3)
print(m + 1, type(m + 1).__name__, -m, m == 3, m == 4, m.__sub__(1), int.__add__(m, 1), int.__mul__(m, m))
print(int.__add__(1, 1.5))
class L(list):
    def __getitem__(self, i):
        r = super().__getitem__(i)
        return ("got", r)
    def __setitem__(self, i, v):
        print("set", i, v)
        list.__setitem__(self, i, v)
    def __len__(self): return super().__len__() + 100
    def __contains__(self, x): return super().__contains__(x) or x == "magic"
    def __iter__(self):
        for x in super().__iter__(): yield x * 2
l = L([1, 2, 3])
print(l[0], l[1:], len(l), "magic" in l, 2 in l, 9 in l, list(l))
l[0] = 7; print(list.__getitem__(l, 0))
class D(dict):
    def __getitem__(self, k): return super().__getitem__(k.lower())
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
    def __delitem__(self, k): super().__delitem__(k.lower())
    def __contains__(self, k): return super().__contains__(k.lower())
d = D(); d["A"] = 1; print(d["a"], d["A"], "A" in d, dict(d)); del d["A"]; print(dict(d))
class S(str):
    def __add__(self, o): return S(super().__add__(o).upper())
    def __mul__(self, n): return "mul:" + super().__mul__(n)
    def __len__(self): return super().__len__() * 2
    def __getitem__(self, i): return "[" + super().__getitem__(i) + "]"
s = S("ab"); print(s + "c", s * 2, len(s), s[0])
class T(tuple):
    def __add__(self, o): return T(super().__add__(o))
    def __getitem__(self, i): return super().__getitem__(i) * 10
t = T((1, 2)); print(t + (3,), type(t + (3,)).__name__, t[1])
class F(float):
    def __add__(self, o): return F(super().__add__(o) + 0.5)
    def __truediv__(self, o): return ("div", super().__truediv__(o))
print(F(1.0) + 1, F(3.0) / 2, float.__mul__(2.0, 3), (2.0).__rsub__(5))
class St(set):
    def __or__(self, o): return St(super().__or__(o))
    def __ior__(self, o): print("ior"); return super().__ior__(o)
x = St({1}); y = x | {2}; print(sorted(y), type(y).__name__); x |= {5}; print(sorted(x))
print(hasattr(1, '__len__'), hasattr(1, '__add__'), hasattr('a', '__add__'), hasattr([], '__iadd__'), hasattr((), '__iadd__'))
print(hasattr(1.0, '__index__'), hasattr(1, '__index__'), hasattr(1, '__iter__'), hasattr('', '__iter__'), hasattr(iter([]), '__next__'))
print(hasattr({}, '__getitem__'), hasattr({}, '__add__'), hasattr({1}, '__or__'), hasattr(frozenset(), '__ior__'), hasattr(None, '__bool__'))
print(hasattr(len, '__call__'), hasattr(lambda: 0, '__call__'), hasattr(1, '__call__'), callable(1))
print(int.__add__(2, 3), int.__neg__(4), list.__len__([1]), str.__contains__('abc', 'b'), dict.__getitem__({1: 2}, 1))
print(range(10).__getitem__(3), range(5).__len__(), (1, 2).__contains__(2), [1, 2].__mul__(2), [1].__rmul__(3))
print((5).__truediv__(2), (5).__rtruediv__(2), (7).__divmod__(2), (7).__rdivmod__(2), (2).__pow__(10), (2).__pow__(10, 1000), (3).__rpow__(2))
print((5).__lt__(6), (5).__gt__(6), (5).__le__(5), (5).__ne__(5), (5).__eq__('a'), (5).__lt__('a'))
print('a'.__lt__('b'), 'a'.__lt__(1), [1].__eq__([1]), [1].__ne__([2]), (1,).__lt__((2,)), {1}.__le__({1, 2}))
print((3).__bool__(), (0).__bool__(), (3.5).__int__(), (3).__float__(), (-3).__abs__(), (True).__add__(1), True.__and__(False))
print(iter([1, 2]).__next__(), 'ab'.__iter__().__next__(), [3].__iter__().__next__())
try: iter([]).__next__()
except StopIteration: print("StopIteration")
for bad in [lambda: int.__add__('a', 1), lambda: int.__add__(), lambda: (5).__add__(), lambda: (5).__add__(1, 2, 3), lambda: list.__getitem__((1,), 0)]:
    try: print(bad())
    except TypeError as e: print("TE", e)
print(int.__add__, str.__len__ is not None, int.__add__.__name__, (5).__add__.__name__)
n = 0
n = n.__add__(5); print(n)
class Vec:
    def __init__(self, *v): self.v = v
    def __add__(self, o): return Vec(*map(int.__add__, self.v, o.v))
    def __repr__(self): return "Vec%r" % (self.v,)
print(Vec(1, 2) + Vec(3, 4))
print(list(map(str.__len__, ['a', 'bb'])), sorted(['b', 'A', 'c'], key=str.lower))
