# bignum division and modulo with all sign combinations
a = 10 ** 30 + 7
b = 12345678901
for x, y in [(a, b), (-a, b), (a, -b), (-a, -b)]:
    print(x // y, x % y, divmod(x, y))
print(a // 3, a % 3)
print((2 ** 100) // (2 ** 50), (2 ** 100) % (2 ** 50 - 1))
print(-(2 ** 100) // 7, -(2 ** 100) % 7)
print(divmod(2 ** 70, -(2 ** 35 + 3)))
try:
    print(a // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(a % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(abs(-a), -(-a) == a)
print((2 ** 64) // (2 ** 64), (2 ** 64 - 1) // (2 ** 64))
