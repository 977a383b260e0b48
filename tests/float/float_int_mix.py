# mixing ints and floats
print(1 + 1.0, 2 * 0.5, 3 - 0.5, 7 / 2.0, 7 // 2.0, 7 % 2.0)
print(type(1 + 1.0).__name__, type(2 * 1.0).__name__)
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53)
print(2 ** 53 + 1 > 2.0 ** 53, 10 ** 20 > 1e19, 10 ** 400 > 1e308)
print(1 < 1.5 < 2, -1 > -1.5)
print(2 ** 0.5 * 2 ** 0.5 == 2.0 or True)
print(float(2 ** 70), float(-(2 ** 63)))
print(10 ** 20 / 3, (10 ** 20) * 1.0)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
try:
    10 ** 400 * 1.0
except OverflowError as e:
    print("OverflowError", e)
print(sum([0.5, 1, 2]), max(1, 2.0), min(1, 1.0))
print(True + 0.5, 3 ** -1)
