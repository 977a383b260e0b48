# tuple comparison is lexicographic; tuples hash by content
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), () < (0,), (0,) > ())
print((1, "a") < (1, "b"), (2,) > (1, "z"), (1, 2) == (1.0, 2.0))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError", e)
print((1, 2) != (2, 1), max((1, 2), (1, 3), (0, 9)), sorted([(2, 1), (1, 2), (1, 1)]))
d = {(0, 0): "origin", (1, 0): "east"}
print(d[(0, 0)], d[1, 0], (0, 1) in d)
seen = set()
for p in [(1, 2), (2, 1), (1, 2)]:
    seen.add(p)
print(len(seen), sorted(seen))
