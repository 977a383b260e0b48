# basic small-int arithmetic
a = 17
b = 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(-a, +a, abs(-a), -(-a))
print(a // -b, -a // b, -a // -b)
print(a % -b, -a % b, -a % -b)
print(divmod(a, b), divmod(-a, b), divmod(a, -b), divmod(-a, -b))
print(7 // 7, 0 // 5, 0 % 5, -0)
print(1 - 1 - 1, 2 * 3 + 4, 2 + 3 * 4, (2 + 3) * 4)
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2)
print(10 - -3, 10 + -3, 10 * -3)
print(100 // 7 * 7 + 100 % 7)
print(int("42") + 1, int("-17"), int("  9 "))
print(1_000_000 + 1, 0x_ff, 0b_1010)
