# expression compilation: evaluation order, unpacking, displays, f-strings, calls
def t(v):
    print("eval", v)
    return v

print(t(1) < t(2) < t(3), t(3) < t(2) < t(4))
print(t(1) and t(0) or t(5))
print(t(0) if t(0) else t(2))
a = [1, 2, 3]
a[t(0)] += t(10)
print(a)
class O: pass
o = O()
o.x = 5
o.x *= 2
print(o.x)
x, *y, z = range(6)
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *rest = "abc"
print(first, rest)
m, n = n, m = 1, 2
print(m, n)
print([*a, *"xy", 0], (*a,), {*a, 9}, {**{"k": 1}, "j": 2, **{"k": 3}})
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(1, *[2, 3], 4, k=5, **{"z": 6}))
print(f(*(), **{}))
print(f"{1+1} {'s'!r} {3.14159:.2f} {'x':>4}|{42:{'0'}{5}d}")
w = 7
print(f"{w=}" if False else f"w={w}")
print(-5 // 2, -5 % 3, 2 ** 10, 1 << 3, ~0, not None)
print(a[1:], a[::-1], a[:1], "hello"[1:4:2])
d = {}
d["k"] = d.get("k", 0) + 1
del a[0]
print(d, a)
s = "abc"
print(s.upper(), s.replace("b", "B"), len(s))
print(sorted([3, 1, 2], key=lambda v: -v), max(1, 2, key=None))
print((lambda *a, **k: (a, k))(1, b=2))
print(1 if 0 else 2 if 0 else 3)
print(type(...).__name__, (1,), ())
big = [i for i in range(40)]
lit = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39]
print(big == lit, len({i: i for i in lit}))
def many(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z, aa, bb, cc, dd, ee, ff):
    return a + ff
print(many(*range(32)))
print({1: 2, 3: 4, **{5: 6}}, {x for x in "aab"} == {"a", "b"})
nested = [[j for j in range(i)] for i in range(4)]
print(nested)
print(any(x > 2 for x in range(5)), all(x for x in []))
assert True, "never"
try:
    assert 1 == 2, "msg %d" % 5
except AssertionError as e:
    print("assert", e)
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
else:
    print("no")
print(i)
while 0:
    print("never")
else:
    print("while else")
for k in []:
    pass
else:
    print("for else")
