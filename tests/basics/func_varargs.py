# *args and **kwargs
def f(*args):
    return args
print(f(), f(1), f(1, 2, 3))
def g(a, *rest):
    return a, rest
print(g(1), g(1, 2, 3))
def h(**kw):
    return sorted(kw.items())
print(h(), h(a=1, b=2))
def k(a, b=0, *args, c=5, **kw):
    return a, b, args, c, sorted(kw.items())
print(k(1))
print(k(1, 2, 3, 4))
print(k(1, c=2, d=3))
print(k(*[1, 2, 3], **{"c": 7, "z": 8}))
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3))
try:
    h(1)
except TypeError as e:
    print("TypeError", e)
try:
    f(a=1)
except TypeError as e:
    print("TypeError", e)
