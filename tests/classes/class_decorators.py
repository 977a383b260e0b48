# function and class decorators
def deco(f):
    def wrapper(*a, **k):
        print("calling", f.__name__)
        return f(*a, **k)
    return wrapper
@deco
def add(a, b):
    return a + b
print(add(1, 2))
def repeat(n):
    def d(f):
        def w(x):
            for _ in range(n):
                x = f(x)
            return x
        return w
    return d
@repeat(3)
def inc(x):
    return x + 1
print(inc(0))
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
class A:
    pass
@register
class B:
    pass
print(registry)
@deco
@deco
def twice():
    return "done"
print(twice())
