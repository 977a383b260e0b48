# left and right shifts incl. overflow into bignum and errors
for n in (0, 1, 7, 31, 32, 62, 63, 64, 65, 100):
    print(n, 1 << n, (1 << n) >> n, 5 << n >> (n + 1))
print(255 >> 4, 255 >> 8, 255 >> 100)
print(0 << 1000)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError", e)
try:
    print(1 >> -1)
except ValueError as e:
    print("ValueError", e)
x = 1
x <<= 40
print(x)
x >>= 39
print(x)
