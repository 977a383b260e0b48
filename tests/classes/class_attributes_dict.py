# instance and class __dict__, attribute lookup order
class C:
    a = 1
    def m(self):
        return "method"
o = C()
o.b = 2
print(o.__dict__, "a" in C.__dict__, "b" in C.__dict__)
o.m = lambda: "instance attr"
print(o.m(), C.m(o))
del o.m
print(o.m())
print(getattr(o, "a"), getattr(C, "m")(o))
C.new_method = lambda self: "added later"
print(o.new_method())
class Slots:
    __slots__ = ("x",)
s = Slots()
s.x = 1
print(s.x)
try:
    s.y = 2
except AttributeError as e:
    print("AttributeError")
