# math module: exact-valued functions
import math
print(math.pi, math.e, math.tau)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25))
print(math.floor(2.7), math.ceil(2.1), math.floor(-2.7), math.ceil(-2.1))
print(type(math.floor(2.5)).__name__)
print(math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3), math.copysign(2, -0.0))
print(math.pow(2, 10), math.exp(0), math.log(1), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.factorial(0), math.factorial(20), math.factorial(30))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1))
print(math.modf(2.5), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.degrees(math.pi), math.radians(180) == math.pi)
print(math.hypot(3, 4), math.trunc(-9.99))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError", e)
