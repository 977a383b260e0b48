# operators between floats and bignums, bools and negative numbers
print(2 ** 100 * 0.5, 2 ** 100 / 2 ** 99, 2 ** 100 + 0.5 == 2.0 ** 100)
print(True * 1.5, False + 0.25, -True / 2)
print(3 // 0.5, 3 % 0.5, -3 // 0.7, -3 % 0.7 < 0.7)
print(divmod(10.5, 3), divmod(-10.5, 3), divmod(10.5, -3))
print(1.0 + 2 ** 53, float(2 ** 53 + 1), 2 ** 53 + 1.0)
print(7 / 7.0, 0 / -1.0, -0.0 + 0.0, -0.0 - 0.0)
print(abs(-2 ** 0.5) == 2 ** 0.5, 10 ** -2, 2 ** -0.5 == 1 / 2 ** 0.5)
