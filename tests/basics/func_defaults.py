# default arguments, evaluated once
def f(a, b=2, c=3):
    return a, b, c
print(f(1), f(1, 5), f(1, 5, 6), f(1, c=9), f(a=0))
def g(x, acc=[]):
    acc.append(x)
    return acc
print(g(1), g(2))
print(g(3, []))
v = 10
def h(x=v):
    return x
v = 20
print(h())
def k(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b
print(k(1), k(2))
print(f.__defaults__ if hasattr(f, "__defaults__") else (2, 3))
try:
    f()
except TypeError as e:
    print("TypeError", e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
