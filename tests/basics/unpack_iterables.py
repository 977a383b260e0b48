# unpacking from arbitrary iterables
a, b, c = "xyz"
print(a, b, c)
a, b = iter([1, 2])
print(a, b)
a, b = (x * 2 for x in range(2))
print(a, b)
k1, k2 = {"p": 1, "q": 2}
print(k1, k2)
(a, b), (c, d) = "ab", [3, 4]
print(a, b, c, d)
[a, [b, c]] = [1, (2, 3)]
print(a, b, c)
try:
    a, b = iter([1, 2, 3])
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c = iter([1])
except ValueError as e:
    print("ValueError", e)
try:
    a, b = None
except TypeError as e:
    print("TypeError", e)
