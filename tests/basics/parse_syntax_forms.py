# statement and expression forms of the grammar
import sys as system, gc
from sys import path as p, argv
from sys import (maxsize,
                 byteorder as bo,)
a = b = c = 1
a, b = b, a
(a, b), c = (1, 2), 3
[a, *b] = [1, 2, 3]
*a, b = range(4)
print(a, b, c)
a, = [9]
x: int = 5
y: list
(z): int = 1
print(a, x, z)
x += 1; x -= 2; x *= 3; x //= 2; x **= 2; x %= 7; x <<= 2; x >>= 1; x |= 8; x ^= 3; x &= 0xff
print(x)
x /= 2
print(x)
lst = [1, 2, 3, 4, 5]
print(lst[1:3], lst[::2], lst[:], lst[-1], lst[1:], lst[:-1], lst[::-1], lst[1:4:2])
d = {'a': 1, **{'b': 2}, 'c': 3}
s = {1, 2, *[3, 4]}
t = 1, 2, *[3]
print(d, s, t, (), (1,), [*'ab', *'cd'])
print([i * j for i in range(3) for j in range(3) if i if j > 0])
print({i: i * i for i in range(4)}, {i % 3 for i in range(10)})
print(list(i for i in range(3)), sum(i for i in range(5)), max((i for i in range(5)), key=lambda v: -v))
print(1 < 2 < 3, 1 < 2 > 3, 1 == 1 != 2, 1 in [1], 1 not in [1], None is None, x is not None)
print(not 1, not not 1, 1 and 0, 0 or 2, 1 and 2 or 3, not 1 == 2)
print(1 | 2 ^ 3 & 4, 1 << 2 + 3, -~5, +-3, 7 // 2 * 3 % 4, 2 ** -1)
print((lambda: 1)(), (lambda a, b=2, *c, d, e=5, **f: (a, b, c, d, e, f))(1, d=4))
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw
print(f(1, d=4), f(1, 2, 3, 4, 5, d=6, z=7))
def g(*, k):
    return k
print(g(k=1))
print(f(*[1, 2], *[3], d=1, **{'e': 2}, **{'q': 3}))
if (n := 10) > 5:
    print('walrus', n)
print([y := 3, y ** 2])
i = 0
while i < 3:
    i += 1
else:
    print('while else', i)
for i, ch in enumerate('ab'):
    pass
else:
    print('for else', i, ch)
for (i, j) in [(1, 2)]: print(i, j)
try:
    raise ValueError('v')
except (TypeError, ValueError) as e:
    print('caught', e)
else:
    print('no')
finally:
    print('finally')
try:
    pass
finally:
    print('only finally')
class Ctx:
    def __enter__(self): return self
    def __exit__(self, *a): return False
with Ctx() as c1, Ctx() as c2:
    print('with2')
with (Ctx() as c1,
      Ctx() as c2,):
    print('with paren')
with (Ctx()):
    print('with expr paren')
def deco(fn):
    return fn
@deco
@(lambda fn: fn)
def h(): return 'decorated'
print(h())
@deco
class K(object, metaclass=type):
    '''doc'''
    attr = 1
print(K.attr, K.__doc__)
def gen():
    x = yield 1
    y = yield from [2, 3]
    yield
    return (yield)
print(list(gen()))
def scope():
    global GG
    GG = 1
    v = 0
    def inner():
        nonlocal v
        v += 1
    inner()
    return v
print(scope(), GG)
del lst[0], d['a']
del (a), [b]
print(lst, d)
assert True, 'msg'
if 0: pass
elif 1: print('elif')
else: pass
print(1 if 0 else 2 if 0 else 3)
print(*[1, 2], sep='-', end='\n')
async def co():
    await co2()
async def co2(): return 1
print(type(co).__name__)
match = 1; case = 2; _ = 3
print(match, case, _)
print(system.__name__, p is system.path, argv is system.argv, maxsize > 0, bo in ('little', 'big'), gc.__name__)
x = [
    1,
    2,  # comment
]
print(x, \
      'continued')
