# deep equality and containment across container types
print([1, [2, (3, {"a": [4]})]] == [1, [2, (3, {"a": [4]})]])
print((1, 2) == [1, 2], [1, 2] == [1, 2.0], {"a": 1} == {"a": 1.0})
print([1, 2] in [[1, 2], [3]], (1,) in {(1,): 0}, {1: 2} in [{1: 2}])
print({1, 2} == frozenset({1, 2}), [] == (), [] == [], {} == {})
nan = float("nan")
l = [nan]
print(l == l, [nan] == [nan], nan in l)
a = [1]
print(a == a[:], a is not a[:])
