# signed zero, tiny and huge values
z = -0.0
print(z, 0.0 == z, str(z), repr(-0.0 * 1))
import math
print(math.copysign(1, z), math.copysign(1, 0.0))
print(5e-324 / 2, 5e-324 * 0.5 == 0, 1e308 * 10 == float("inf"))
print(2.2250738585072014e-308, 1.7976931348623157e308 + 1)
print(-1e-320, 1e-320 * 1e10)
print(float("-0"), -float("0"))
print(1 / float("-inf"), round(-0.4), round(-0.5))
