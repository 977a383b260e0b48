# floor/ceil/trunc/int on floats incl. large and negative
import math
for v in (2.5, -2.5, 2.0, -2.0, 0.1, -0.1, 1e20, -1e20, 1e300, 0.0, -0.0, 2.9999999999999996):
    print(v, math.floor(v), math.ceil(v), math.trunc(v), int(v), round(v))
print(type(math.floor(1e300)).__name__, math.floor(1e300) == int(1e300))
try:
    math.floor(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    math.ceil(float("nan"))
except ValueError as e:
    print("ValueError", e)
