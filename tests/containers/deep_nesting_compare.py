# board: skip (40000-deep containers need ~4 MB of heap)
# comparing and hashing very deeply nested containers raises RecursionError (or succeeds), never crashes
def build(n, wrap):
    x = wrap(())
    for i in range(n):
        x = wrap(x)
    return x

N = 40000
a = build(N, lambda x: [x])
b = build(N, lambda x: [x])
t = build(N, lambda x: (x,))
t2 = build(N, lambda x: (x,))

def check(name, f, want):
    try:
        r = f()
    except RecursionError:
        r = want
    print(name, r == want)

check('list ==', lambda: a == b, True)
check('list <', lambda: a < b, False)
check('list in', lambda: a in [b], True)
check('tuple ==', lambda: t == t2, True)
check('tuple hash', lambda: hash(t) == hash(t2), True)
check('dict ==', lambda: {1: a} == {1: b}, True)
check('max', lambda: max([a, b]) is a, True)
del a, b, t, t2
print('done')
