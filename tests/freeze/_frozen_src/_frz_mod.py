"""a frozen module"""
print("frozen _frz_mod running", __name__)
CONSTS = (1, -5, 2.5, "text", "héllo", b"\x00bytes", None, True, False, ..., (), ((1, 2), "nested"))
BIG_SMALL = 2**40
def fun(a, b=2, *args, k=3, **kw):
    """fun doc"""
    total = [a, b, k]
    def inner(x):
        return x + sum(total)
    return inner(len(args) + len(kw))
class Klass:
    attr = "class attr"
    def method(self):
        return __class__.__name__ + "." + "method"
gen = (i * i for i in range(4))
def raiser():
    raise ValueError("from frozen")
BIGS = (2**62, -(2**62) - 1, 2**100, -(2**64), 0xFFFFFFFFFFFFFFFF)
class MyFloat(float):
    pass
SUBFLOAT = MyFloat(1.5) + 1
NL = "\n".join(["a", "b"])
