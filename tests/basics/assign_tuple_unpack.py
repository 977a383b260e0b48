# tuple and list unpacking
a, b, c = 1, 2, 3
print(a, b, c)
[a, b] = "xy"
print(a, b)
(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, (c, d)) = 1, (2, (3, 4))
print(a, b, c, d)
for x, y in [(1, 2), (3, 4)]:
    print(x + y)
a, b = range(2)
print(a, b)
a, b = {"k1": 1, "k2": 2}
print(a, b)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c = 1, 2
except ValueError as e:
    print("ValueError", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError", e)
l = [0, 0]
l[0], l[1] = 7, 8
print(l)
