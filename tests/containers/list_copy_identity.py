# copies vs references
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
e = a.copy()
a[0] = 99
a[1].append(4)
print(a, b, c, d, e)
print(a is b, a is c, c[1] is a[1])
m = [[0] * 2] * 2
m[0][0] = 5
print(m)
m = [[0] * 2 for _ in range(2)]
m[0][0] = 5
print(m)
