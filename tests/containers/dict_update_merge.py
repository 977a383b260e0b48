# update, merge and copy semantics
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
c = dict(a)
c.update(b)
print(c, a)
print({**a, **b}, a | b, b | a)
d = a.copy()
d["x"] = 100
print(a["x"], d["x"])
nested = {"l": [1]}
shallow = nested.copy()
shallow["l"].append(2)
print(nested)
a.update([("w", 0)], x=-1)
print(a)
try:
    a.update(5)
except TypeError as e:
    print("TypeError", e)
try:
    a | [1]
except TypeError as e:
    print("TypeError", e)
e = {}
e.update({})
e.update()
print(e)
