import json

print(json.dumps(None), json.dumps(True), json.dumps(False), json.dumps(0), json.dumps(-12))
print(json.dumps(10**30), json.dumps(-10**20), json.dumps(1.5), json.dumps(0.1), json.dumps(-0.0), json.dumps(1e100))
print(json.dumps(float("nan")), json.dumps(float("inf")), json.dumps(-float("inf")))
print(json.dumps("abc"), json.dumps(""), json.dumps('q"uo\\te'), json.dumps("a\nb\rc\td\be\ff"))
print(json.dumps("\x00\x01\x1f\x7f"), json.dumps("é€😀"), json.dumps("/"))
print(json.dumps([]), json.dumps({}), json.dumps(()), json.dumps([[]]), json.dumps([{}]))
print(json.dumps([1, "two", 3.0, None, [True, False]]))
print(json.dumps((1, (2, 3))))
print(json.dumps({"a": 1, "b": [1, 2], "c": {"d": None}}))
print(json.dumps({1: 2, 1.5: 3, True: 4, False: 6, None: 5, "x": 0}))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")))
print(json.dumps([1, {"k": 2}], separators=(";", "=")))
print(json.dumps({"é": "é"}))

class L(list):
    pass
class D(dict):
    pass
print(json.dumps(L([1, 2])), json.dumps(D(a=1)))

def t(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

t(json.dumps, {(1, 2): 3})
t(json.dumps, {1, 2})
t(json.dumps, b"x")
t(json.dumps, object)
t(json.dumps, [1, 2j])
a = []
a.append(a)
t(json.dumps, a)
d = {}
d["x"] = [d]
t(json.dumps, d)
t(json.dumps, 1, bogus=1)
same = [1]
print(json.dumps([same, same]))

class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print(json.dump({"x": [1, 2]}, w), "".join(w.parts))
w = W()
json.dump([1, 2], w, separators=(",", ":"))
print("".join(w.parts))
