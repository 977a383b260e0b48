# dict methods
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d["b"])
print(d.setdefault("c", 3), d.setdefault("a", 99), d)
d.update({"d": 4}); d.update(e=5); d.update([("f", 6)]); print(d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
print(d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
c = d.copy(); c["new"] = 1; print(len(d), len(c))
print(dict.fromkeys("xy"), dict.fromkeys([1, 2], 0))
d.clear(); print(d, len(d))
try:
    d.pop("x")
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
