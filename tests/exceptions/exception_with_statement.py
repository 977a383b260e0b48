# exceptions through with blocks
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress
with CM("a"):
    print("body")
try:
    with CM("b"):
        raise ValueError("in b")
except ValueError as e:
    print("propagated", e)
with CM("c", suppress=True):
    raise KeyError("suppressed")
print("after c")
try:
    with CM("outer"), CM("inner"):
        raise TypeError("both")
except TypeError:
    print("caught both")
def f():
    with CM("ret"):
        return "returned"
print(f())
