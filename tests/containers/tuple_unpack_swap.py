# tuple packing tricks
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x, y = 0, 1
for _ in range(10):
    x, y = y, x + y
print(x, y)
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([5, 2, 9])
print(lo, hi)
t = (1, 2, 3)
(first, *_), last = t, t[-1]
print(first, last)
point = (3, 4)
x, y = point
print((x ** 2 + y ** 2) ** 0.5)
