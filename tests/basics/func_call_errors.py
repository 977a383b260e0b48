# argument-binding errors name the function and the problem
def f(a, b, *, c):
    return a + b + c
def g(x, /, y=0):
    return x + y
calls = [lambda: f(1, 2), lambda: f(1, c=3), lambda: f(1, 2, 3), lambda: f(1, 2, c=3, d=4),
         lambda: f(1, 2, c=3, a=1), lambda: g(), lambda: g(x=1), lambda: g(1, 2, 3)]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print("TypeError", e)
print(f(1, 2, c=3), g(1), g(1, y=2))
