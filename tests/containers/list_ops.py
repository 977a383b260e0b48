# list operators
a = [1, 2]
b = [3]
print(a + b, a * 2, 2 * a, a * 0, a * -1, [a] * 2)
print(a == [1, 2], a != b, a < b, [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0])
print(1 in a, 3 not in a, len(a + b), max(a), min(b))
nested = [[0]] * 3
nested[0].append(1)
print(nested)
c = a
c += [9]
print(a)
try:
    a + (1,)
except TypeError as e:
    print("TypeError", e)
try:
    a * "x"
except TypeError as e:
    print("TypeError", e)
print(list(range(3)) + list("ab"), [[]] == [[]], [None] * 2)
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError", e)
