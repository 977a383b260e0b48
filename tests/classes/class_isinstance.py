# isinstance and issubclass with tuples and builtins
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, C), isinstance(b, ()))
print(issubclass(B, A), issubclass(B, (C,)), issubclass(A, A), issubclass(A, object))
print(isinstance(1, (str, int)), isinstance(True, int), isinstance(None, type(None)))
print(isinstance([], list), isinstance((), list), isinstance({}, dict), isinstance(A, type))
print(isinstance(int, type), isinstance(type, type), type(A).__name__)
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError", e)
