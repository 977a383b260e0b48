# three-argument pow and modular arithmetic
print(pow(2, 10, 1000), pow(3, 200, 13), pow(7, 0, 5), pow(5, 3, 1))
print(pow(2, 2 ** 40, 1000003), pow(12345678901234567890, 98765, 10 ** 9 + 9))
print(pow(-2, 3, 7), pow(2, 3, -7), pow(-2, 5, -7))
print(pow(3, -1, 7), pow(2, -3, 11))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
def modexp(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
print(modexp(3, 1000, 10 ** 9 + 7) == pow(3, 1000, 10 ** 9 + 7))
