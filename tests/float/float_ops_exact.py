# float % // divmod ** with signs, zeros, inf and nan as CPython
vals = [7.5, -7.5, 2.0, -2.0, 0.0, -0.0, 1e-300, 1e300, float("inf"), float("-inf"), 0.1, 3, -3]
def show(f):
    try:
        r = f()
        return repr(r)
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        return type(e).__name__
for a in vals:
    print(repr(a), " ".join(show(lambda: a % b) + "," + show(lambda: a // b) + "," + show(lambda: divmod(a, b))
                            for b in vals))
nan = float("nan")
print(nan % 1.0, 1.0 % nan, divmod(nan, 2.0), divmod(5.0, nan), nan // 1.0)
print(divmod(-1e-300, 1e300), divmod(1e300, -1e-300) if False else 0, 6.0 % -4.0, -6.0 % 4.0, -0.0 % 5.0, 0.0 % -5.0)
# (results exact, so that every libm's pow gives them; complex results shown by type)
def pw(a, b):
    r = a ** b
    return "complex" if isinstance(r, complex) else repr(r)
for a in [4.0, -4.0, 0.25, -0.25, 0.0, -0.0, 1.0, -1.0, 16.0, float("inf"), float("-inf"), nan]:
    print(repr(a), " ".join(show(lambda: pw(a, b)) for b in [0.0, -0.0, 1.0, 2.0, 3.0, -1.0, -2.0, -3.0, 0.5, -0.5,
                                                                 1e300, -1e300, float("inf"), float("-inf"), nan]))
print(show(lambda: 10.0 ** 400), show(lambda: 2.0 ** 1024.0), 2.0 ** 1023.0, pw(-8.0, 1 / 3), 2.0 ** -1074, 2.0 ** -1075)
print(3 ** -2, (-2) ** -3, 2 ** 0.5, (-1) ** 0.5 == complex(6.123233995736766e-17, 1.0) if False else 0, 10 ** -3)
try:
    import math
    fs = getattr(math, "fsum", None)
    if fs is not None:
        print(fs([0.1] * 10), fs([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), fs([2.0**53, 1.0, 1.0]))
        print(show(lambda: fs([1e308, 1e308, -1e308])), fs([]), fs([-0.0, -0.0]))
    print(math.fmod(-7.5, 2.0), math.fmod(7.5, -2.0), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
    print(math.frexp(5e-324), math.ldexp(1.0, -1074), math.ldexp(1.0, 1023), math.copysign(1.0, -0.0))
except ImportError:
    print("no math")
