# function objects: name, attributes, identity, equality
def f(a, b=1):
    "doc of f"
    return a + b
print(f.__name__, f.__doc__, f(1))
f.custom = "attr"
print(f.custom)
g = f
print(g is f, g == f, g(2, 3))
def h():
    pass
print(h.__doc__, h() is None, callable(h))
fs = {f: "f", h: "h"}
print(fs[f], fs[h])
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer() is not outer())
