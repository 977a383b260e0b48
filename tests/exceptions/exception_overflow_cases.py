# OverflowError cases
import math
cases = [lambda: int(float("inf")), lambda: float(10 ** 400), lambda: 10.0 ** 400,
         lambda: math.exp(1e6), lambda: (10 ** 400) / 1, lambda: 2.0 ** 2000,
         lambda: round(float("inf")), lambda: math.ldexp(1.0, 100000)]
for c in cases:
    try:
        c()
        print("no error")
    except OverflowError as e:
        print("OverflowError", e)
print(issubclass(OverflowError, ArithmeticError))
