# addition and subtraction across the small-int/bignum boundary
limits = [2 ** 30 - 1, 2 ** 30, 2 ** 31 - 1, 2 ** 31, 2 ** 62 - 1, 2 ** 62, 2 ** 63 - 1, 2 ** 63, 2 ** 64]
for n in limits:
    print(n + 1, n - 1, -n - 1, -n + 1, n + n, n - n, (n + 1) - 1 == n)
a = 2 ** 100
print(a + 1 - a, a - (a - 1), -a + a, a + -a)
x = 0
for i in range(100):
    x += 2 ** 62
print(x, x == 100 * 2 ** 62)
y = 2 ** 64
for i in range(100):
    y -= 2 ** 58
print(y)
print(2 ** 64 - 2 ** 64 + 5, type(2 ** 64 - 2 ** 64).__name__)
print(sum([2 ** 63] * 4) - 2 ** 65)
