# del of names, items, slices and attributes
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
l = [0, 1, 2, 3, 4, 5]
del l[0]
print(l)
del l[-1]
print(l)
del l[1:3]
print(l)
l = list(range(10))
del l[::2]
print(l)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
class C:
    pass
o = C()
o.a = 1
del o.a
print(hasattr(o, "a"))
try:
    del o.a
except AttributeError as e:
    print("AttributeError")
a, b = 1, 2
del a, b
def f():
    y = 1
    del y
    try:
        return y
    except NameError as e:
        return "unbound"
print(f())
try:
    del l[100]
except IndexError as e:
    print("IndexError", e)
