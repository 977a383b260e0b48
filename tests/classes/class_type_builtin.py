# type() and class objects as values
class A:
    pass
classes = [int, str, list, A]
print([c.__name__ for c in classes])
print(type(3)(7), type("")(5), type([])("ab"), type(A()) is A)
make = {"i": int, "f": float, "s": str}
print(make["i"]("12") + 1, make["f"]("1.5"), make["s"](1))
print(type(type).__name__, type(int).__name__, type(A).__name__)
B = type("B", (A,), {"v": 5, "m": lambda self: self.v * 2})
print(B().m(), B.__name__, issubclass(B, A))
