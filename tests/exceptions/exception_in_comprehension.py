# exceptions inside comprehensions and generator expressions
try:
    [1 / x for x in [1, 0, 2]]
except ZeroDivisionError as e:
    print("list comp", e)
try:
    {x: 1 / x for x in [0]}
except ZeroDivisionError as e:
    print("dict comp", e)
try:
    sum(int(s) for s in ["1", "x"])
except ValueError as e:
    print("genexp", e)
def safe(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return type(e).__name__
print([safe(lambda x: 10 // x, x) for x in [1, 0, 5]])
print([safe(int, s) for s in ["1", "z", "3"]])
