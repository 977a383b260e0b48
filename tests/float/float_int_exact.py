# int <-> float conversions and true division are correctly rounded (ties to even)
big = [2**53 + 1, 2**53 + 2, 2**53 + 3, 2**54 + 2, 2**54 + 6, 2**64 - 1, 2**64 + 2**11, 2**64 + 2**11 + 1,
       2**100 + 2**47, 2**100 + 2**47 + 1, 2**100 + 3 * 2**47, 10**22, 10**23, 10**30 + 1, 3**200,
       2**1023 * (2**53 - 1) // 2**52, 2**1024 - 2**970, 2**1024 - 2**970 - 1, 12345678901234567890123456789]
for n in big:
    for v in (n, -n):
        try:
            f = float(v)
            print(v.bit_length(), f.hex(), f == v, int(f) - v)
        except OverflowError as e:
            print(v.bit_length(), "OverflowError", e)
for n in [2**1024, 2**1024 - 2**970 + 1, 10**400]:
    try:
        print(float(n))
    except OverflowError as e:
        print("OverflowError", e)
# int(float) of huge and fractional floats
for f in [1e300, -1e300, 1.7976931348623157e308, 2.0**100, 1e22, 1e23, 123456789.987, -0.999, 2.5, -2.5,
          5e-324, 4503599627370495.5, -4503599627370496.5, 9007199254740993.0]:
    print(int(f), f.__trunc__(), round(f), f.is_integer())
for f in [float("inf"), float("-inf"), float("nan")]:
    for fn in (int, round):
        try:
            print(fn(f))
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)
# true division of ints: one rounding of the exact quotient
pairs = [(1, 3), (2, 3), (10**30, 3), (2**60 + 1, 2**7), (2**53 + 1, 1), (2**54 + 3, 2), (10**400, 10**399),
         (1, 10**400), (3**500, 2**700), (-(2**80) - 1, 2**27), (7, -2**1080), (2**1100, 3**300), (10**308 * 18, 10),
         (2**2000, 2**975 - 1), (1, 2**1074), (1, 2**1075), (3, 2**1076), (2**53 + 1, 2**1127)]
for a, b in pairs:
    try:
        print((a / b).hex(), repr(a / b))
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
# comparisons between ints and floats are exact
print(2**53 + 1 > 2.0**53, 2**53 + 1 == 2.0**53, 10**400 > 1e308, -10**400 < -1e308, 2**1024 > float("inf") if False else 1)
# round() of ints and floats with ndigits
for v in [12345, -12355, 15, 25, 35, -45, 10**20 + 5 * 10**9, 2**70]:
    print(round(v, -1), round(v, -2), round(v, 0), round(v, 3), round(v, -10), round(v, -30))
for v in [2.675, 2.665, 0.125, 0.375, -0.5, 1.5, 2.5, 1234.5678, -1234.5678, 5e-324, 1e300, 1.7976931348623157e308,
          0.285, 1.005, 123456789.5, 0.1 + 0.2]:
    print(repr(v), [round(v, n) for n in (-310, -300, -3, -1, 0, 1, 2, 3, 10, 16, 300, 330)], round(v))
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print("OverflowError", e)
