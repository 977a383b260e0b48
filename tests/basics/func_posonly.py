# positional-only parameters
def f(a, b, /, c, d=4, *, e=5):
    return a, b, c, d, e
print(f(1, 2, 3), f(1, 2, c=3), f(1, 2, 3, 4, e=6))
try:
    f(1, b=2, c=3)
except TypeError as e:
    print("TypeError", e)
def g(x, /, **kw):
    return x, sorted(kw.items())
print(g(1, x=2))
def h(a=1, /, b=2):
    return a, b
print(h(), h(5), h(5, 6), h(b=9))
