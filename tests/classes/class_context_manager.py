# __enter__ and __exit__
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return False
with Resource("r1") as r:
    print("using", r)
with Resource("a") as a, Resource("b") as b:
    print("using", a, b)
try:
    with Resource("bad"):
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        return t is not None and issubclass(t, self.types)
with Suppress(KeyError):
    {}["x"]
print("suppressed")
for i in range(3):
    with Resource("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
print("done")
