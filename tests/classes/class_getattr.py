# __getattr__ and __setattr__
class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:]
        raise AttributeError(name)
d = Dyn()
print(d.real, d.x_hello, getattr(d, "x_y"), hasattr(d, "nope"))
try:
    d.nope
except AttributeError as e:
    print("AttributeError", e)
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
l = Logged()
l.a = 5
print(l.a)
class Ro:
    def __setattr__(self, name, value):
        raise AttributeError("read-only " + name)
try:
    Ro().x = 1
except AttributeError as e:
    print(e)
