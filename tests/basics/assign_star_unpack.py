# starred assignment targets
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = 1, 2
print(a, b, c)
*a, = "hey"
print(a)
first, *rest = "hello"
print(first, rest)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError", e)
for a, *b in [(1, 2, 3), (4,)]:
    print(a, b)
