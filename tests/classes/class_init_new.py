# __new__ and __init__
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print("created")
        return cls._inst
    def __init__(self):
        print("init")
a = Single()
b = Single()
print(a is b)
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(3) + 1, isinstance(Pos(1), int))
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError", e)
class Args:
    def __init__(self, a, b=2):
        self.s = a + b
print(Args(1).s, Args(1, b=5).s)
try:
    Args()
except TypeError as e:
    print("TypeError", e)
