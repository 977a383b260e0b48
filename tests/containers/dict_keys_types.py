# various hashable key types
d = {1: "int", "1": "str", (1,): "tuple", None: "none", 2.5: "float", b"1": "bytes", True: "bool?"}
print(d)
print(d[1], d["1"], d[(1,)], d[None], d[2.5], d[b"1"])
try:
    d[[1]] = 0
except TypeError as e:
    print("TypeError", e)
try:
    {}[{}]
except TypeError as e:
    print("TypeError", e)
fs = frozenset([1, 2])
d2 = {fs: "frozen"}
print(d2[frozenset([2, 1])])
class K:
    pass
k = K()
d3 = {k: "obj"}
print(d3[k], K() in d3)
