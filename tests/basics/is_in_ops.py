# identity and membership operators
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c)
print(None is None, type(None) is type(None))
print(1 in a, 3 in a, 3 not in a)
print("b" in "abc", "bc" in "abc", "" in "abc", "x" not in "abc")
print(1 in (1, 2), "k" in {"k": 1}, 1 in {"k": 1}, 2 in {1, 2})
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
class C:
    def __contains__(self, x):
        return x == 42
print(42 in C(), 1 in C())
class It:
    def __iter__(self):
        return iter([7, 8])
print(8 in It(), 9 in It())
try:
    print(1 in 5)
except TypeError as e:
    print("TypeError", e)
print(True is True, () == ())
