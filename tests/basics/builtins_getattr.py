# getattr/setattr/hasattr/delattr and dir-free introspection
class C:
    cls_attr = "c"
o = C()
setattr(o, "x", 5)
print(o.x, getattr(o, "x"), hasattr(o, "x"), hasattr(o, "y"))
print(getattr(o, "cls_attr"), getattr(o, "missing", None))
delattr(o, "x")
print(hasattr(o, "x"))
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError", e)
try:
    (1).foo
except AttributeError as e:
    print("AttributeError", e)
try:
    "s".nope()
except AttributeError as e:
    print("AttributeError", e)
print(vars(o) if hasattr(o, "__dict__") else {})
o.__dict__["q"] = 3
print(o.q)
