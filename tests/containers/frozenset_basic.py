# frozenset
f = frozenset([1, 2, 3])
print(sorted(f), len(f), 2 in f, type(f).__name__)
print(sorted(f | {4}), sorted(f & {1, 9}), type(f | {4}).__name__)
print(f == {1, 2, 3}, frozenset() == set(), hash(f) == hash(frozenset([3, 2, 1])))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError", e)
s = {f, frozenset([1])}
print(len(s), frozenset([1]) in s)
