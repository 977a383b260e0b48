# calling with keyword arguments and errors
def f(a, b, c):
    return a * 100 + b * 10 + c
print(f(1, 2, 3), f(c=3, b=2, a=1), f(1, c=3, b=2))
try:
    f(1, 2, 3, a=4)
except TypeError as e:
    print("TypeError", e)
try:
    f(1, 2, d=4)
except TypeError as e:
    print("TypeError", e)
try:
    f(1, 2)
except TypeError as e:
    print("TypeError", e)
def g(a, b=2):
    return a, b
print(g(b=5, a=1))
d = {"b": 7}
print(g(1, **d))
try:
    g(1, **{"a": 2})
except TypeError as e:
    print("TypeError", e)
