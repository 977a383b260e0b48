# float powers and pow() corner cases
print(2.0 ** 3, 2 ** 3.0, 9 ** 0.5, 27 ** (1 / 3) > 2.99)
print(0.0 ** 0, 0 ** 0.0, 1.0 ** float("inf"), 2.0 ** float("-inf"))
print(pow(2.0, 3), pow(-2.0, 3), pow(-2.0, 2), pow(4, 0.5))
print(type((-8) ** (1 / 3)).__name__)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError", e)
print(10.0 ** -400, (-1.0) ** 0.0, 1 ** -0.5)
