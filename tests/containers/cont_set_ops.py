s = {1, 2, 3}
t = frozenset([2, 3, 4])
print(s | t, s & t, s - t, s ^ t)
print(t | s, t & s, t - s, t ^ s)
print(type(s | t).__name__, type(t | s).__name__)
print(s < {1, 2, 3, 4}, s <= s, s > {1}, s >= {1, 2, 3}, s == {3, 2, 1}, s != t)
print(s.issubset([1, 2, 3, 4]), s.issuperset([1]), s.isdisjoint([7, 8]), s.isdisjoint(t))
print(set(), frozenset(), set([1]), frozenset([1]))
print(repr(set()), str({'a'}))
print(hash(frozenset()) == hash(frozenset([])), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(frozenset([1, 2, 3])))
print(hash(frozenset()))
d = {frozenset([1]): 'one'}
print(d[frozenset([1])])
print({1} in {frozenset([1])})
s2 = s.copy()
s2.add(10)
print(s, s2)
s2.remove(10)
try:
    s2.remove(10)
except KeyError as e:
    print('KeyError', e)
try:
    set().pop()
except KeyError as e:
    print('KeyError', e)
s2.discard(99)
s2.update([7, 8], {9})
print(s2)
s2.intersection_update([1, 7, 9, 100])
print(s2)
s2.difference_update({1})
print(s2)
s2.symmetric_difference_update([9, 10])
print(s2)
s2.clear()
print(s2, len(s2), bool(s2))
try:
    {[]}
except TypeError as e:
    print(e)
try:
    s | [1]
except TypeError as e:
    print(e)
print(3 in {1, 2, 3}, 4 not in {1, 2})
x = {1, 2}
y = x
x |= {3}
print(y)
f = frozenset([1])
g = f
f |= {2}
print(f, g)
print(frozenset(f) is f)
print(set(x for x in range(5)))
print({1: 2}.keys() | {5})
