# equal numbers hash and compare equal (dict keys unify)
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
print(hash(1) == hash(1.0) == hash(True))
print(hash(0) == hash(-0.0), hash(2 ** 70) == hash(2.0 ** 70))
s = {1, 1.0, True}
print(len(s))
print({2: 1}.get(2.0), {0: "z"}[False])
print(hash(-1) == hash(-1.0))
print(hash((1, 2)) == hash((1.0, 2.0)))
