# bit operations with negative small integers
vals = [0, 1, -1, 5, -5, 12, -12, 255, -256]
for a in vals:
    print(a, ~a, a & 0xff, a | 0x10, a ^ -1)
print(-5 & -3, -5 | -3, -5 ^ -3)
print(-5 & 3, -5 | 3, -5 ^ 3)
print(-1 >> 1, -1 >> 10, -8 >> 1, -9 >> 2)
print(-1 << 3, -3 << 10)
print(~0, ~~5)
