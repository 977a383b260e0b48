# augmented assignment on names, attributes, subscripts
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 5; print(x)
x <<= 3; print(x)
x >>= 1; print(x)
x |= 7; print(x)
x &= 12; print(x)
x ^= 5; print(x)
x /= 2; print(x)
l = [1, 2]
m = l
l += [3]
print(l, m, l is m)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = "ab"
s *= 3
print(s)
d = {"k": 1}
d["k"] += 10
print(d)
class C:
    pass
o = C()
o.v = 1
o.v += 41
print(o.v)
l = [0, 1, 2]
i = 0
l[i] += 100
print(l)
