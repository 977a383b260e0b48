from collections import deque

def t(f, *a):
    try:
        r = f(*a)
        print(r)
    except Exception as e:
        print(type(e).__name__, e)

d = deque()
print(d, len(d), bool(d), d.maxlen)
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], list(d), 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend(range(5, 8))
d.extendleft("ab")
print(d)
d[0] = "z"
d[-1] = 99
print(d, d.count(2), d.count("q"))
del d[1]
print(d)
d.remove(99)
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.reverse()
print(d, list(reversed(d)))
c = d.copy()
c.clear()
print(c, d == d.copy(), d != c, deque([1, 2]) < deque([1, 3]))
d += [100]
print(d)

# maxlen: the oldest item falls off the other end
m = deque([], 3)
for i in range(6):
    m.append(i)
print(m, m.maxlen)
m.appendleft(-1)
print(m)
m.extend([7, 8])
print(m)
print(deque(range(10), maxlen=2), deque("abc", 0), deque(maxlen=1))

# wrap-around of the ring buffer under churn
r = deque()
total = 0
for i in range(100):
    r.append(i)
    if i % 3 == 0:
        total += r.popleft()
print(len(r), total, r[0], r[-1], sum(r))

t(deque().pop)
t(deque().popleft)
t(lambda: deque([1])[5])
t(lambda: deque([1])[-2])
t(lambda: deque([1])["a"])
t(deque, [], -1)
t(deque, [], "x")
t(deque([1]).remove, 2)
t(deque, 5)
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("RuntimeError", e)
d = deque([1])
d.extend(d)
print(d)
class D(deque):
    pass
print(D([1, 2]), D([1], 4))
