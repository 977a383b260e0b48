# module-level names, __name__, dir-free introspection
import math
print(__name__)
print(type(math).__name__, math.__name__)
x = 5
print(globals()["x"], "x" in globals())
def f():
    y = 1
    return sorted(locals())
print(f())
print(callable(getattr(math, "sqrt")), hasattr(math, "pi"))
