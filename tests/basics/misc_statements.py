# with-less statements grab bag: chained assignment, del in loops, pass in blocks
a = b = c = []
a.append(1)
print(b, c)
x, y = y, x = 1, 2
print(x, y)
i = j = 0
i += 1
print(i, j)
l = [1, 2, 3, 4]
while l:
    del l[0]
print(l)
class K:
    pass
k = K()
k.a = k.b = 5
print(k.a + k.b)
m = {}
m["x"] = m["y"] = 0
print(m)
def nothing():
    pass
print(nothing() is None)
