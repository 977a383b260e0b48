# sys.version_info behaves like a tuple
import sys
v = sys.version_info
print(v[0], v >= (3,), v >= (3, 0), v < (4,), v > (2, 7, 18))
print(len(v) >= 3, type(v[1]).__name__, isinstance(v, tuple))
major, minor = v[:2]
print(major, type(minor).__name__)
print(v.major == v[0] if hasattr(v, "major") else True)
print(isinstance(sys.version, str), sys.version_info[0] == 3)
