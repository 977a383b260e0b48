# functions with many arguments and deep call chains
def many(a, b, c, d, e, f, g, h, i, j, k=11, l=12, *rest, m=13, **kw):
    return a + b + c + d + e + f + g + h + i + j + k + l + sum(rest) + m + sum(kw.values())
print(many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(many(*range(20), m=0, z=100))
print(many(*range(10), **{"k": 0, "l": 0, "m": 0, "extra": 1}))
def chain(n):
    return n if n == 0 else chain(n - 1) + 1
print(chain(300))
args = list(range(200))
def count_args(*a):
    return len(a), sum(a)
print(count_args(*args))
kwargs = {"k%d" % i: i for i in range(50)}
def count_kw(**k):
    return len(k), sum(k.values()), list(k)[:3]
print(count_kw(**kwargs))
