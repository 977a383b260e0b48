# results that are exact in IEEE arithmetic
print(0.5 + 0.25 + 0.125, 1.5 * 4, 3.75 - 1.25, 7.0 / 8)
print(2 ** 52 + 0.5, 2.0 ** 53 + 1, 1e16 + 1, (1e16 + 2) - 1e16)
print(0.1 + 0.7, 0.3 - 0.1, 1.1 + 2.2, 3 * 1.1)
print(sum([0.1] * 3), 0.1 + 0.1 + 0.1 == 0.3)
x = 0.0
for _ in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10) == 1.0)
print(1 - 1e-16, 1 + 1e-16 == 1, 1 + 2.3e-16 > 1)
print(100 * 1.1, 1e-3 * 1e3, 3.3 / 3, 2.2 * 3)
