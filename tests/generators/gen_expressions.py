# generator expressions
g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]))
print(list(x for x in "abc" if x != "b"), tuple(i for i in range(3)))
print(sorted(c for c in "hello"), "".join(c.upper() for c in "abc"))
print(list((x, y) for x in range(2) for y in "ab"))
n = 3
g = (i * n for i in range(3))
n = 10
print(list(g))
data = [1, 2, 3]
g = (x for x in data)
data.append(4)
print(list(g))
print(any(x > 2 for x in [1, 3]), all(x for x in []), dict((i, i * 2) for i in range(3)))
