# more math functions with exactly representable results
import math
print(math.sqrt(1e100), math.sqrt(2 ** 60), math.isqrt(10 ** 20) if hasattr(math, "isqrt") else 10 ** 10)
print(math.exp(1) > 2.718, math.log(1024, 2), math.log(100, 10), math.log2(0.125), math.log10(1e-5))
print(math.fsum([0.1] * 10) if hasattr(math, "fsum") else 1.0)
print(math.copysign(3, -1), math.copysign(-3, 1), math.fabs(-0.0))
print(math.fmod(10, 3), math.fmod(-10, 3), math.fmod(10, -3), math.remainder(10, 3) if hasattr(math, "remainder") else 1.0)
print(math.isclose(1e-10, 0, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.02))
print(math.expm1(0), math.log1p(0), math.erf(0), math.gamma(5), math.lgamma(1))
print(math.pow(2, 0.5) == math.sqrt(2), math.pow(-8, 3))
for bad in (lambda: math.pow(0, -1), lambda: math.log(-1), lambda: math.acos(2)):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError", e)
