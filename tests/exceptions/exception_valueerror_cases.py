# ValueError cases from builtins
cases = [lambda: int("x"), lambda: int("12", 1), lambda: float("y"), lambda: [].index(1),
         lambda: "a".index("b"), lambda: list.remove([], 0), lambda: range(1, 2, 0),
         lambda: chr(-5), lambda: int("0b2", 0), lambda: "{0}{}".format(1, 2)]
for c in cases:
    try:
        c()
    except ValueError as e:
        print(e)
a, b = 1, 2
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
