# lambdas with defaults, varargs, nested and in data structures
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "neg": lambda a: -a}
print(ops["+"](2, 3), ops["-"](2, 3), ops["neg"](4))
f = lambda *args, **kw: (len(args), sorted(kw))
print(f(), f(1, 2, a=3))
g = lambda x, y=lambda z: z * 2: y(x)
print(g(5), g(5, lambda z: z + 1))
h = lambda n: 1 if n <= 1 else n * h(n - 1)
print(h(10))
print((lambda: (yield_ for yield_ in range(3)))().__class__.__name__)
items = [(1, "b"), (2, "a"), (0, "c")]
print(sorted(items, key=lambda t: t[1]), min(items, key=lambda t: -t[0]))
print(list(map(lambda x: (lambda y: x + y)(1), [10, 20])))
print((lambda a, /, b, *, c: a + b + c)(1, 2, c=3))
