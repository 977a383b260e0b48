# error messages and defaults of plain classes and instances (bi_ tests)
class Foo: pass
f = Foo()
for op in (lambda: f(), lambda: f[0], lambda: iter(f), lambda: len(f), lambda: f + 1, lambda: 1 + f, lambda: f < f,
           lambda: -f, lambda: f.x, lambda: Foo.x, lambda: int(f), lambda: float(f), lambda: [1][f],
           lambda: next(f), lambda: del_attr(), lambda: abs(f), lambda: f in f,
           lambda: round(f), lambda: divmod(f, 1), lambda: f(**{}), lambda: setattr(int, 'x', 1),
           lambda: super(), lambda: super(int, "x"), lambda: type.__dict__['mro'] if False else type(f).__bases__,
           lambda: Foo.__mro__, lambda: object.__new__(Foo).__class__, lambda: print.__self__ if False else str(int),
           lambda: repr(int), lambda: repr(type), lambda: repr(object), lambda: repr(Foo)[:17], lambda: int.__name__,
           lambda: (int.__qualname__, int.__module__, Foo.__module__), lambda: hash(Foo) == hash(Foo),
           lambda: Foo == Foo, lambda: f == f, lambda: f != Foo(), lambda: str(f)[:14], lambda: f.__dict__,
           lambda: isinstance(Foo, type), lambda: type(Foo), lambda: Foo.__class__, lambda: bool(f)):
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
def del_attr():
    del f.nope
class S:
    __slots__ = ('a',)
s = S(); s.a = 1
try: s.b = 2
except AttributeError as e: print(e)
class R:
    def __repr__(self): return "R!"
print(R(), str(R()), [R()], f"{R()}", "%s %r" % (R(), R()))
class BadStr:
    def __str__(self): return 5
try: str(BadStr())
except TypeError as e: print(e)
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
try: hash(Eq(1))
except TypeError as e: print(e)
print(Eq(1) == Eq(1), Eq(1) != Eq(2), Eq(1) in [Eq(1)], [Eq(2)].index(Eq(2)))
