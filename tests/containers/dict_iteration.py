# iterating dicts
d = {"one": 1, "two": 2, "three": 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "->", v)
for v in d.values():
    print(v)
print([k for k in d if d[k] > 1])
print(sorted(d, key=d.get, reverse=True))
keys = list(d)
for k in keys:
    if d[k] == 2:
        del d[k]
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError", e)
