# keyword-only arguments
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, b=2, c=4), f(a=1, b=2))
try:
    f(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    f(1)
except TypeError as e:
    print("TypeError", e)
def g(*args, key=None):
    return args, key
print(g(1, 2), g(1, key="k"))
def h(*, x=1, y):
    return x + y
print(h(y=10), h(x=2, y=3))
try:
    h(y=1, z=2)
except TypeError as e:
    print("TypeError", e)
