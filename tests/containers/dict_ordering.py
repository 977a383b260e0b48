# dicts keep insertion order, incl. after deletes and updates
d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(d)
d["a"] = 100
print(d)
del d["z"]
d["z"] = -1
print(d, list(d))
for i in range(20):
    d[i] = i
for i in range(0, 20, 2):
    del d[i]
print(list(d))
d2 = dict(zip("cab", range(3)))
print(d2, sorted(d2))
print({**{"b": 1}, **{"a": 2, "b": 3}})
d3 = {1: "a", 2: "b", 3: "c"}
d3.pop(2)
d3[2] = "B"
print(d3)
