from collections import OrderedDict, defaultdict

o = OrderedDict()
print(o, len(o))
o["b"] = 1
o["a"] = 2
o["c"] = 3
print(o, list(o), list(o.keys()), list(o.values()), list(o.items()))
o.move_to_end("b")
print(o)
o.move_to_end("c", last=False)
print(o)
print(o.popitem(), o)
print(o.popitem(last=False), o)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(OrderedDict([("x", 1), ("y", 2)]), isinstance(o, dict), o.get("a"), "a" in o)
c = o.copy()
c["z"] = 0
print(type(c).__name__, c, o)
try:
    o.move_to_end("nope")
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
del c["z"]
print(c)

d = defaultdict(list)
d["a"].append(1)
d["a"].append(2)
d["b"]
print(d, len(d), d["a"], "c" in d, d.get("c"))
print(d.default_factory)
n = defaultdict(int, {"x": 5})
for w in "abcab":
    n[w] += 1
print(sorted(n.items()))
z = defaultdict()
print(z.default_factory)
try:
    z["k"]
except KeyError as e:
    print("KeyError", e)
z.default_factory = int
print(z["k"], z)
cp = n.copy()
print(type(cp).__name__, cp == n, cp.default_factory)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
print(isinstance(d, dict))
