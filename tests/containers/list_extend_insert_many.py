# growing lists in different ways agrees
a = []
for i in range(300):
    a.append(i)
b = []
b.extend(range(300))
c = []
for i in range(300):
    c.insert(len(c), i)
d = [0] * 300
for i in range(300):
    d[i] = i
e = list(range(299, -1, -1))
e.reverse()
f = []
for i in reversed(range(300)):
    f.insert(0, i)
print(a == b == c == d == e == f, len(a), sum(f))
g = []
g += range(5)
g += "ab"
g += (9,)
print(g)
h = [1, 2, 3]
h[len(h):] = [4, 5]
h[:0] = [0]
print(h)
