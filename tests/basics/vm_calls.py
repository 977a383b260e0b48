# VM: argument binding, closures, decorators, method calls
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, sorted(kw.items())
print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7, y=8))
try: f(d=1)
except TypeError as e: print(e)
try: f(1)
except TypeError as e: print(e)
try: f(1, 2, 3, d=1, c=5)
except TypeError as e: print(e)
def g(a, /, **kw): return a, kw
print(g(1, a=2))
def h(*, a): return a
try: h(1)
except TypeError as e: print(e)
try: h()
except TypeError as e: print(e)
args = (1, 2)
kw = {'d': 9}
print(f(*args, **kw))
print(f(*[1], *[2, 3], 4, d=1, **{'q': 1}, **{'r': 2}))
try: f(1, d=1, **{'d': 2})
except TypeError as e: print(e)
try: f(1, **{1: 2})
except TypeError as e: print(e)
try: f(**[1])
except TypeError as e: print(e)
def mk(n):
    def add(x):
        return x + n
    return add
adders = [mk(i) for i in range(3)]
print([a(10) for a in adders])
def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc
inc = counter(); inc(); print(inc(), inc.__closure__[0].cell_contents)
x = 'global'
def sc():
    x = 'local'
    def inner():
        return x
    return inner()
print(sc())
def gl():
    global x
    x = 'changed'
gl(); print(x)
lam = lambda a, *b, **c: (a, b, c)
print(lam(1, 2, k=3), lam.__name__)
def deco(fn):
    def wrapper(*a, **k):
        print('calling', fn.__name__)
        return fn(*a, **k)
    return wrapper
@deco
def sq(x): return x * x
print(sq(7), sq.__name__, sq.__qualname__)
def rec(n): return 1 if n == 0 else n * rec(n - 1)
print(rec(30))
print((lambda: (yield 1))().__next__())
def defaults(a=[]):
    a.append(1); return a
defaults(); print(defaults())
def kwonly_defaults(*, a=1, b):
    return a, b
print(kwonly_defaults(b=2), kwonly_defaults.__kwdefaults__, defaults.__defaults__)
print(f.__code__.co_name if hasattr(f.__code__, 'co_name') else 'f')
import math
print(math.floor(2.5), max(1, 5, 3), min([4, 2, 8]), sorted([3, 1, 2], reverse=True))
class A:
    def m(self, x=1): return ('m', x)
    @staticmethod
    def s(y): return ('s', y)
    @classmethod
    def c(cls, z): return ('c', cls.__name__, z)
a = A()
print(a.m(), a.m(2), A.m(a, 3), a.s(4), A.s(5), a.c(6), A.c(7))
bm = a.m
print(bm(9), bm.__self__ is a, bm.__func__ is A.m, bm == a.m)
try: a.m(1, 2)
except TypeError as e: print(e)
try: A.s()
except TypeError as e: print(e)
print(type(len), type(f), type(a.m), type(A.m))
print(callable(f), callable(1), callable(A), callable(a.m))
fr = []
for i in range(3):
    fr.append(lambda i=i: i)
print([q() for q in fr])
