# methods added, replaced and deleted at run time
class C:
    def m(self):
        return "original"
o = C()
print(o.m())
def replacement(self):
    return "replaced"
C.m = replacement
print(o.m())
o.m = lambda: "instance"
print(o.m(), C.m(o))
del o.m
del C.m
try:
    o.m()
except AttributeError as e:
    print("AttributeError", e)
class D(C):
    pass
C.n = lambda self: "added to base"
print(D().n())
