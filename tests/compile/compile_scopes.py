# closures, global/nonlocal, class scopes, comprehension scopes, super and __class__
x = "global x"

def outer():
    x = "outer x"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c(); c()
print(c())

def setg():
    global gv
    gv = 42
setg()
print(gv)

class A:
    v = 1
    w = [v for _ in range(2)] if False else None
    def get(self):
        return __class__.__name__
    def names(self):
        return [n for n in dir(self) if n == "v"]
print(A().get(), A().names(), A.w)

class B(A):
    def get(self):
        return "B+" + super().get()
print(B().get())

def make_class():
    val = 10
    class C:
        val = 20
        def m(self):
            return val
        def n(self):
            return self.val
    return C
C = make_class()
print(C().m(), C().n(), C.__qualname__)

def lambdas():
    return [lambda: i for i in range(3)], [lambda i=i: i for i in range(3)]
a, b = lambdas()
print([f() for f in a], [f() for f in b])

i = "module i"
print([i for i in range(3)], i)
print(list(j * 2 for j in range(3)))

def walrus(data):
    if (n := len(data)) > 2:
        print("long", n)
    print([y for x in data if (y := x * 2) > 2], y)
walrus([1, 2, 3])

def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return tag + str(fn(*a, **k))
        return inner
    return wrap

@deco("<")
@deco(">")
def add(a, b=1, *rest, c=3, **kw):
    return a + b + c + sum(rest) + sum(kw.values())
print(add(1), add(1, 2, 3, 4, c=0, z=10))

def gen(n):
    total = 0
    for i in range(n):
        got = yield i
        if got:
            total += got
    return total
g = gen(3)
print(next(g), g.send(10), g.send(5))
try:
    g.send(1)
except StopIteration as e:
    print("returned", e.value)

def delegate():
    r = yield from gen(2)
    yield r
print(list(delegate()))

class D:
    __slots__ = ()
    def __init__(self):
        pass
print(type(D()).__name__)

def fdefault(a, b=[]):
    b.append(a)
    return b
fdefault(1)
print(fdefault(2))

def kwonly(a, *, b, c=5):
    return a, b, c
print(kwonly(1, b=2), kwonly(a=0, b=1, c=2))

def posonly(a, b, /, c):
    return a, b, c
print(posonly(1, 2, c=3))
