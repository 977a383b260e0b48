# set methods (ints only, printed sorted)
s = {3, 1, 2}
s.add(4); s.add(1)
print(sorted(s), len(s))
s.discard(10); s.discard(4); s.remove(3)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({7}))
c = set(a); c.update([7, 8]); c -= {1}; c |= {0}; c &= {0, 2, 7, 8, 99}; print(sorted(c))
p = {5}; print(p.pop(), p)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
print(set(), set([1, 1, 2]) == {1, 2}, {1} == {1.0}, len(set("aab")))
e = {1, 2}; e.clear(); print(e)
print(repr({5}), repr(frozenset()), repr(set()))
