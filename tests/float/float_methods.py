# float methods
print((2.5).is_integer(), (2.0).is_integer(), (-0.0).is_integer())
print((0.5).as_integer_ratio(), (2.75).as_integer_ratio(), (-0.125).as_integer_ratio())
print((1.0).hex(), (0.5).hex(), (-2.0).hex(), float.fromhex("0x1.8p1"))
print((3.7).real, (3.7).imag, (3.7).conjugate())
print(int(3.99), int(-3.99), int(1e10))
import math
print(math.trunc(2.7), math.trunc(-2.7), math.floor(-2.5), math.ceil(-2.5))
print(float.__name__, type(1.5).__name__)
