# basic float arithmetic
a = 1.5
b = 0.25
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(-a, +a, abs(-a))
print(0.1 + 0.2, 0.1 * 3, 1.1 * 1.1)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(2.0 ** 10, 2.0 ** -2, 4.0 ** 0.5, (-8.0) ** 2)
print(1e300 * 10, -1e300 * 10)
print(3.0 * 2, 3.0 - 3.0, -0.0, 0.0 * -1)
x = 1.0
for i in range(10):
    x *= 1.5
print(x)
print(1 / 3 + 1 / 3 + 1 / 3 == 1.0)
