# int methods and builtins on ints
print((255).bit_length(), (0).bit_length(), (-1).bit_length())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True))
print((-2).to_bytes(2, "big", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
print(abs(-7), divmod(17, 5), pow(2, 10), round(17), round(1234, -2), round(1250, -2))
print((5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate())
print(int.__name__, (7).__class__.__name__)
