# classes: deeper semantics
class Base:
    count = 0
    def __init__(self):
        Base.count += 1
        self.id = Base.count
    def who(self): return "Base"
    def __str__(self): return "Base#%d" % self.id
class Mixin:
    def who(self): return "Mixin+" + super().who()
class Child(Mixin, Base):
    def who(self): return "Child+" + super().who()
c = Child()
print(c.who(), Child.__mro__, str(c), c)
print([k.__name__ for k in Child.mro()])
class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
try:
    class D(A, A): pass
except TypeError as e: print(e)
try:
    class E(bool): pass
except TypeError as e: print(e)
# descriptors
class Desc:
    def __get__(self, obj, objtype=None):
        return ("get", obj is None, objtype.__name__)
    def __set__(self, obj, value):
        obj.__dict__['_v'] = value * 2
class Host:
    d = Desc()
h = Host()
print(h.d, Host.d)
h.d = 5
print(h._v)
class NonData:
    def __get__(self, obj, t): return 42
class H2:
    nd = NonData()
h2 = H2()
print(h2.nd); h2.nd = 1; print(h2.nd)
class Named:
    def __set_name__(self, owner, name): self.name = name
class Own:
    attr = Named()
print(Own.attr.name)
class Reg:
    subs = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Reg.subs.append((cls.__name__, tag))
class R1(Reg, tag="one"): pass
class R2(Reg): pass
print(Reg.subs)
# __new__
class Single:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v): self.v = v
s1 = Single(1); s2 = Single(2)
print(s1 is s2, s1.v)
# classmethod alt constructor, staticmethod via instance
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
    @classmethod
    def origin(cls): return cls(0, 0)
    @staticmethod
    def dist(a, b): return abs(a.x - b.x) + abs(a.y - b.y)
    def __eq__(self, o): return isinstance(o, Pt) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return "Pt(%d, %d)" % (self.x, self.y)
print(Pt.origin(), Pt.dist(Pt(1, 2), Pt(4, 6)), {Pt(1, 2), Pt(1, 2)}, Pt(1, 2) in {Pt(1, 2): 1})
# __getattr__ / __setattr__ / __delattr__
class Rec:
    def __init__(self): object.__setattr__(self, 'log', [])
    def __setattr__(self, k, v):
        self.log.append(k); object.__setattr__(self, k, v)
    def __delattr__(self, k):
        self.log.append('del ' + k); object.__delattr__(self, k)
    def __getattr__(self, k): return 'missing ' + k
r = Rec(); r.a = 1; del r.a; print(r.log, r.a, r.zzz)
# in-place and reflected
class Acc:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): self.v += o; return self
    def __add__(self, o): return Acc(self.v + o)
    def __rsub__(self, o): return Acc(o - self.v)
    def __mul__(self, o): return NotImplemented
    def __rmul__(self, o): return "rmul"
a = Acc(1); b = a; a += 5; print(a is b, a.v, (a + 1).v, (10 - a).v, 3 * a)
try: a * 3
except TypeError as e: print(e)
try: a < a
except TypeError as e: print(e)
# class attribute mutation
class K: x = 1
k = K(); K.x = 2; print(k.x); k.x = 3; print(k.x, K.x); del k.x; print(k.x)
print(K.__name__, K.__qualname__, K.__module__, K.__doc__, type(K), type(type))
class Outer:
    class Inner: pass
print(Outer.Inner, Outer.Inner.__qualname__, repr(Outer.Inner())[:28])
# __class__, __dict__
print(k.__class__ is K, K.__dict__['x'], sorted(vars(Pt(1, 2)).items()))
# bool/len
class Z:
    def __len__(self): return 0
print(bool(Z()), not Z())
class BadLen:
    def __len__(self): return -1
try: len(BadLen())
except ValueError as e: print(e)
class BadInit:
    def __init__(self): return 5
try: BadInit()
except TypeError as e: print(e)
# __call__, __contains__ via iter, __getitem__ iteration
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())
# __index__, __int__, __float__
class Idx:
    def __index__(self): return 2
print([1, 2, 3][Idx()], bin(Idx()), hex(Idx()), range(5)[Idx()])
class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
print(int(Num()), float(Num()))
# __format__ / __repr__ default
class Fm:
    def __format__(self, spec): return "F<" + spec + ">"
print(format(Fm(), "xyz"), f"{Fm():abc}")
print(str(Pt(1,2)), "%s" % Pt(3, 4))
# isinstance with class hierarchy / tuple
print(isinstance(c, (int, Base)), issubclass(Child, Mixin), issubclass(Child, (int,)))
