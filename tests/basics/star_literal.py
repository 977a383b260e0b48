# star-unpacking in list/tuple/set/dict displays
a = [1, 2]
b = (3, 4)
print([*a, *b])
print((*a, *b, 5))
print([*a, 0, *"xy"])
print(sorted({*a, *b, 1}))
print({**{"a": 1}, "b": 2, **{"a": 3}})
print([*range(3), *[]])
print((*a,))
d = {"x": 1}
print({**d})
print({**d, "x": 2, **{"y": 3}})
print([*{"k": 1, "j": 2}])
print(*[1, 2], *[3])
