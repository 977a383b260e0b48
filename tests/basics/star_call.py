# star-unpacking in calls
def f(*a, **k):
    return a, sorted(k.items())
l = [1, 2]
t = (3, 4)
print(f(*l))
print(f(*l, *t))
print(f(0, *l, 5, *t))
print(f(*"ab", *range(2)))
d1 = {"a": 1}
d2 = {"b": 2}
print(f(**d1, **d2))
print(f(*l, x=1, **d2))
print(f(*(), **{}))
def g(a, b, c):
    return a + b + c
print(g(*[1, 2, 3]), g(1, *[2, 3]), g(*[1], **{"c": 3, "b": 2}))
try:
    f(**d1, **{"a": 2})
except TypeError as e:
    print("TypeError", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError", e)
print(max(*[3, 9, 2]), print(*["x", "y"], sep="-"))
