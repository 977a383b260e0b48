# str() of floats in various magnitudes and back
vals = [1.0, 10.0, 1e5, 1e15, 1e16, 1e17, 123456789012345678.0, 0.001, 0.0001, 1e-5,
        3.0e-10, 1.23e-300, 6.02214076e23, -2.5e-3, 299792458.0, 0.1 * 3, 4.35, 2.675]
for v in vals:
    s = str(v)
    print(s, float(s) == v)
print(str(1 / 7), repr(1 / 7), str(-1 / 7))
print(float(str(2 ** 0.5)) == 2 ** 0.5, float(repr(1e23)) == 1e23)
print(1e23, 8.41e21, 5e-324, 2.5e-308)
