# dict keys/values/items views are live
d = {"a": 1, "b": 2}
k = d.keys(); v = d.values(); it = d.items()
d["c"] = 3
print(list(k), list(v), list(it), len(k))
print("a" in k, 1 in v, ("b", 2) in it, ("b", 3) in it)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}))
del d["a"]
print(list(k))
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as e:
    print("RuntimeError", e)
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(list(reversed({"x": 1, "y": 2})))
