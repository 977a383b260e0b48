# simple and multiple assignment
a = 1
b = c = 2
print(a, b, c)
a, b = b, a
print(a, b)
x = y = z = [1]
x.append(2)
print(y, z, x is z)
a = b = "s"
print(a, b)
i = 0
i = i + 1
print(i)
n = None
print(n)
_ = 5
print(_)
long_name_variable_with_many_chars = 3
print(long_name_variable_with_many_chars)
t = 1, 2, 3
print(t, type(t).__name__)
u = (4,)
print(u, len(u))
(p) = 9
print(p)
