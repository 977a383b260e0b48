# round() on floats: banker's rounding and ndigits
for v in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 3.7, -3.7):
    print(v, round(v), round(v, 2), round(v, 1))
print(round(1234.5678, -2), round(1234.5678, 0), round(-1234.5678, 1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(1e20), round(123456.789, -3))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError", e)
print(round(5), round(15, -1), round(25, -1), round(-25, -1))
