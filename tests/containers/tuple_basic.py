# tuples
t = (1, "a", 2.5, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1])
print((), (1,), (1, 2) + (3,), (0,) * 3, tuple("ab"), tuple([1, 2]), tuple(range(3)))
print(t.count(1), t.index("a"), 2.5 in t)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError", e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5), (1, 2) == (1, 2))
a, b = t[:2]
print(a, b)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
t2 = ([1],)
t2[0].append(2)
print(t2)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "v"}[(1, 2)])
try:
    hash(([1],))
except TypeError as e:
    print("TypeError", e)
