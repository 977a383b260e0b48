# comparisons between ints, bignums, floats and bools
print(2 ** 63 == 2.0 ** 63, 2 ** 63 + 1 == 2.0 ** 63, 2 ** 63 + 1 > 2.0 ** 63)
print(10 ** 30 < 1e30 + 1e15, 10 ** 30 == 1e30, int(1e30) == 10 ** 30)
print(True < 2, False == 0.0, 1 == 1.0 == True)
print(-(2 ** 70) < -1e20, 2 ** 1024 > 1e308, 2 ** 1024 < float("inf"), -(2 ** 1024) > float("-inf"))
print(0 == -0.0, 5 > float("nan"), 5 < float("nan"), 5 == float("nan"))
print(sorted([3, 2.5, True, 2 ** 65, -1.5, 0]))
