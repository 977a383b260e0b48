# builtins consuming generators
def g(n):
    for i in range(n):
        yield i * 3
print(list(enumerate(g(3))), list(zip(g(3), g(5))), dict(zip("abc", g(3))))
print(sorted(g(4), reverse=True), min(g(4)), max(g(4)), sum(g(4)), any(g(1)), all(g(1)))
print(list(map(str, g(3))), list(filter(None, g(3))), tuple(reversed(list(g(3)))))
print(" ".join(str(x) for x in g(4)))
a, b, c = g(3)
print(a, b, c)
print([*g(2), *g(2)], {*g(3)} == {0, 3, 6})
