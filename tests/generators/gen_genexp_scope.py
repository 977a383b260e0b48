# generator expression scoping: first iterable evaluated eagerly
def f():
    x = [1, 2, 3]
    g = (v * 2 for v in x)
    x = None
    return list(g)
print(f())
try:
    g = (y for y in 5)
except TypeError as e:
    print("TypeError at creation:", e)
def lazy_cond():
    lim = 2
    g = (v for v in range(5) if v < lim)
    lim = 4
    return list(g)
print(lazy_cond())
