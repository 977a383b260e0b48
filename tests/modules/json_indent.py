import json

v = {"b": [1, 2, {"c": None, "a": []}], "a": {}, "d": "x", "e": [[]]}
print(json.dumps(v, indent=2))
print(json.dumps(v, indent=0))
print(json.dumps(v, indent="\t"))
print(json.dumps(v, indent=-1))
print(json.dumps(v, sort_keys=True))
print(json.dumps(v, indent=1, sort_keys=True))
print(json.dumps(v, indent=2, separators=(", ", " = ")))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps(5, indent=2), json.dumps([1], indent=3))
print(json.dumps({3: 1, 1: 2, 2: 3}, sort_keys=True))
try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)

class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
json.dump({"z": 1, "y": [2]}, w, indent=1, sort_keys=True)
print("".join(w.parts))
