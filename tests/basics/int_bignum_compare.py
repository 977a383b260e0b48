# comparisons between small ints and bignums
big = 2 ** 80
print(big > 1, big < 1, big == big, big != big + 1)
print(-big < 0, -big < -1, -big > -(2 ** 81))
print(2 ** 62 < 2 ** 63, 2 ** 63 < 2 ** 62)
print(big == 2 ** 80, big is not None)
print(max(1, big, -big), min(1, big, -big))
print(sorted([big, 3, -big, 0, 2 ** 40]))
print(big // big ** 0 == big)
print(2 ** 64 == 18446744073709551616)
print(2 ** 100 - 2 ** 100 == 0)
x = 2 ** 100 - 2 ** 100
print(x, type(x).__name__, x == 0, bool(x))
print(bool(2 ** 100), not 2 ** 100)
print(1 < 2 ** 70 < 2 ** 71 < 2 ** 72)
