# lambda expressions
sq = lambda x: x * x
print(sq(5))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda: 42)())
print((lambda *a, **k: (a, sorted(k)))(1, 2, x=3))
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
fs2 = [lambda x: x + i for i in range(3)]
print([f(10) for f in fs2])
print(sorted(["bb", "a", "ccc"], key=lambda s: len(s)))
print(list(map(lambda x: x * 2, [1, 2, 3])))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, add)(2))
print((lambda x: (lambda y: x * y))(3)(4))
print(sq.__name__)
