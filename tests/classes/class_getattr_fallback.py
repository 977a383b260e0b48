# __getattr__ also runs when a property getter or a descriptor's __get__ raises
# AttributeError; other exceptions propagate
class Desc:
    def __get__(self, obj, cls):
        if obj is None:
            return self
        raise AttributeError("from descriptor")


class P:
    d = Desc()

    @property
    def p(self):
        raise AttributeError("inner")

    @property
    def q(self):
        raise KeyError("q")

    @property
    def ok(self):
        return "ok"

    def __getattr__(self, name):
        return "getattr " + name


o = P()
print(o.p)
print(o.d)
print(o.ok)
print(o.missing)
try:
    o.q
except KeyError as e:
    print("KeyError", e)
print(getattr(o, "p", "default"), hasattr(o, "p"))


class NoGetattr:
    @property
    def p(self):
        raise AttributeError("no fallback")


try:
    NoGetattr().p
except AttributeError as e:
    print("AttributeError", e)
print(getattr(NoGetattr(), "p", "default"))


class Strict:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(name)

    @property
    def xprop(self):
        raise AttributeError("xprop inner")

    @property
    def yprop(self):
        raise AttributeError("yprop inner")


s = Strict()
print(s.xa, s.xprop)
try:
    s.yprop
except AttributeError as e:
    print("AttributeError", e)
