t = (1, 2, 3)
print(t, (1,), (), t[1], t[-1], t[1:], t[::-1], t + (4,), t * 2, 2 * t)
print(t.count(2), t.index(3), len(t), 2 in t)
print(hash((1, 2)), hash(()), hash((1, (2, 3), 'x')) == hash((1, (2, 3), 'x')))
print(hash((1, 2, 3)), hash((-1, 0)), hash((True, None)) == hash((1, None)))
print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 9))
try:
    t[5]
except IndexError as e:
    print(e)
try:
    t[0] = 1
except TypeError as e:
    print(e)
try:
    t.index(9)
except ValueError as e:
    print(e)
try:
    (1,) + [2]
except TypeError as e:
    print(e)
print(tuple([1, 2]), tuple('ab'), tuple(range(3)))
print(range(5), range(1, 10, 2), range(0, -5, -1))
r = range(1, 20, 3)
print(len(r), r[2], r[-1], r[1:4], r[::-1], list(r[::2]), 7 in r, 8 in r, r.index(10), r.count(4))
print(list(range(5)), list(range(10, 0, -3)), list(range(0)), list(reversed(range(1, 10, 4))))
print(range(0, 5) == range(0, 5, 1), range(0) == range(5, 1), range(1, 2, 3) == range(1, 3, 5))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(10)[10]
except IndexError as e:
    print(e)
try:
    range(10).index(11)
except ValueError as e:
    print(e)
print(r.start, r.stop, r.step, bool(range(0)), bool(range(1)))
print(sum(range(1000000)))
print(slice(1, 2), slice(None, 5, -1), slice(5).indices(10), slice(None, None, -1).indices(4))
s = slice(1, 10, 2)
print(s.start, s.stop, s.step, slice(-3, None).indices(10))
print(list(enumerate('abc')), list(enumerate('ab', 5)), list(enumerate(iterable='x', start=2)))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1], [2], [3])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [1], [1, 2], strict=True))
except ValueError as e:
    print(e)
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])))
print(list(filter(None, [0, 1, '', 'a', [], [1]])), list(filter(lambda x: x % 2, range(10))))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(Seq())), list(Seq()))
e = enumerate([1])
print(iter(e) is e, next(e))
for i, (a, b) in enumerate(zip('xy', 'zw')):
    print(i, a, b)
