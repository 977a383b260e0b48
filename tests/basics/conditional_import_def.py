# definitions under conditions and try/except at module level
try:
    import math
    HAVE_MATH = True
except ImportError:
    HAVE_MATH = False
print(HAVE_MATH)
if HAVE_MATH:
    def area(r):
        return round(math.pi * r * r, 3)
else:
    def area(r):
        return 3 * r * r
print(area(2))
for name in ("x", "y"):
    globals()[name + "_val"] = name * 2
print(x_val, y_val)
try:
    from math import definitely_missing
except ImportError:
    definitely_missing = None
print(definitely_missing)
