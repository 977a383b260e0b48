# augmented assignment with bignums and mixed types
x = 1
for i in range(10):
    x <<= 13
print(x)
x -= 1
print(x, x.bit_length())
x //= 7
print(x)
x %= 10 ** 9
print(x)
y = 3
y **= 100
print(y)
y ^= y >> 1
print(y & 0xffff)
z = 10
z /= 4
print(z)
z //= 1
print(z)
w = -7
w %= 3
print(w)
