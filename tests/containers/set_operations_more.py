# more set behaviour: mixed operand types, in-place ops, errors
a = {1, 2, 3}
print(sorted(a | frozenset([4])), type(frozenset([4]) | a).__name__)
try:
    a | [4]
except TypeError as e:
    print("TypeError", e)
print(sorted(a.union([4], (5,), range(6, 8))))
b = set(range(10))
b -= {0, 1}
b &= set(range(5))
b ^= {4, 100}
print(sorted(b))
b.difference_update([2])
b.intersection_update(range(200))
b.symmetric_difference_update({3, 7})
print(sorted(b))
print({1, 2} == {2, 1}, {1, 2} != {1}, {1} < {1, 2}, {1, 2} > {1, 2})
s = set()
for i in range(1000):
    s.add(i % 37)
print(len(s), min(s), max(s), sum(s))
t = {(1, 2), (2, 1), (1, 2)}
print(len(t), sorted(t))
