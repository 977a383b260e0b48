# floats as dict keys
d = {0.5: "half", 1.0: "one", -0.0: "zero"}
print(d[0.5], d[1], d[0], d[0.0])
d[2] = "two"
print(d[2.0], len(d))
print(sorted(d.items(), key=lambda kv: kv[0]))
print({1.5: 1}.get(1.5), {1.5: 1}.get(1.50000001))
