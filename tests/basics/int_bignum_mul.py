# multiplication crossing the small-int boundary
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(20))
print(fact(21))
print(fact(50))
print(fact(100) // fact(98))
a = 2 ** 31 - 1
b = 2 ** 31 + 1
print(a * b)
print(a * a, b * b)
print((2 ** 62) * 2, (2 ** 62) * -2)
print(-(2 ** 63) * -1)
print(123456789123456789 * 987654321987654321)
print(-123456789123456789 * 987654321987654321)
print((10 ** 40) * 0, 0 * (10 ** 40))
print((10 ** 20) * (10 ** 20) == 10 ** 40)
big = 1
for i in range(1, 30):
    big = big * i + i
print(big)
