# math trig functions, rounded to stable precision
import math
for x in (0.0, 0.5, 1.0, math.pi / 6, math.pi / 4, math.pi / 2, math.pi, 2.0):
    print(round(math.sin(x), 10), round(math.cos(x), 10), round(math.tan(x), 6) if abs(math.cos(x)) > 1e-9 else "inf")
print(math.sin(0.0), math.cos(0.0), math.tan(0.0))
print(round(math.asin(1.0), 12), round(math.acos(0.0), 12), round(math.atan(1.0), 12))
print(round(math.atan2(1, 1), 12), round(math.atan2(-1, -1), 12), math.atan2(0.0, -0.0) == math.pi)
print(round(math.sinh(1), 10), round(math.cosh(1), 10), round(math.tanh(0.5), 10))
print(round(math.exp(1), 12) == round(math.e, 12), round(math.log(math.e), 12))
try:
    math.asin(2)
except ValueError as e:
    print("ValueError", e)
print(math.isnan(math.sin(float("nan"))))
try:
    math.sin(float("inf"))
except ValueError as e:
    print("ValueError", e)
