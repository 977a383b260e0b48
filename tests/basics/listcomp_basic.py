# list comprehensions
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0])
print([x for x in range(20) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print([c.upper() for c in "abc"])
print([x if x % 2 else -x for x in range(6)])
print([])
x = "outer"
print([x for x in "ab"], x)
n = 3
print([n * i for i in range(n)])
print([i for row in [[1, 2], [3], []] for i in row])
def f():
    k = 10
    return [k + i for i in range(3)]
print(f())
