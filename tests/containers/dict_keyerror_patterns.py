# KeyError vs get vs in
d = {"a": 0, "b": None}
print(d.get("a"), d.get("b"), d.get("c"), "b" in d, "c" in d)
try:
    d["c"]
except KeyError as e:
    print("KeyError", e)
print(d.get("a", 5), d.get("c", 5), d.pop("b"), "b" in d)
for key in ["a", "missing", 0]:
    try:
        print(key, d[key])
    except KeyError as e:
        print("missing", repr(e.args[0]))
class Default(dict):
    def __missing__(self, k):
        self[k] = len(k)
        return self[k]
dd = Default()
print(dd["abc"], dd["x"], dd, dd.get("zz"))
