# methods inherited from object
class C:
    pass
c = C()
print(c == c, c != c, c.__eq__(c), c.__ne__(c), c.__eq__(1))
print(type(c.__hash__()).__name__, c.__class__ is C)
print(str(c) == repr(c), isinstance(str(c), str))
print(C.__name__, C.__qualname__ if hasattr(C, "__qualname__") else "C")
print(object.__name__, isinstance(c, object), issubclass(C, object))
try:
    c < c
except TypeError as e:
    print("TypeError", e)
