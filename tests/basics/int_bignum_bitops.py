# bitwise operations on big and negative integers
a = 2 ** 70 + 12345
b = 2 ** 65 - 1
print(a & b, a | b, a ^ b)
print(~a, ~-a)
print(-a & b, -a | b, -a ^ b)
print(a & -b, a | -b, a ^ -b)
print(-a & -b, -a | -b, -a ^ -b)
print(a >> 3, a >> 70, a >> 100, -a >> 3, -a >> 100)
print(1 << 100, -1 << 100, 3 << 64)
print((a << 10) >> 10 == a)
print(a.bit_length(), b.bit_length(), (-a).bit_length())
print(hex(a), oct(b), bin(2 ** 66))
print(hex(-a), bin(-5))
