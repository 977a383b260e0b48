# collections.deque: index with bounds, insert (clamped, full), + and * (also reflected and in place), their errors
from collections import deque
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
d = deque([1, 2], maxlen=3)
t(lambda: d * 2)
t(lambda: 2 * d)
t(lambda: d * 0)
t(lambda: d * -1)
t(lambda: d + deque([7, 8]))
t(lambda: d + [1])
t(lambda: d * 1.5)
e = deque([1, 2, 3]); e *= 2; print(e)
t(lambda: deque([1, 2, 3]).index(4))
t(lambda: deque([1, 2, 3, 2]).index(2, 2))
t(lambda: deque([1, 2, 3, 2]).index(2, -1))
t(lambda: deque([1, 2, 3, 2]).index(2, 0, 1))
f = deque([1, 2, 3], maxlen=3)
t(lambda: f.insert(0, 9))
g = deque([1, 2, 3])
g.insert(-1, 'a'); g.insert(100, 'z'); g.insert(-100, 's'); g.insert(0, 'f'); print(g)
h = deque(maxlen=0); h.append(1); print(h)
print(deque([3, 1]) < deque([3, 2]), deque([1]) == [1])
