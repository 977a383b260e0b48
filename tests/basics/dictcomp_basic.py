# dict comprehensions keep insertion order
print({x: x * x for x in range(5)})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({c: i for i, c in enumerate("hello")})
print({x: [y for y in range(x)] for x in range(3)})
print({v: k for k, v in {"x": 1, "y": 2}.items()})
print({i % 3: i for i in range(10)})
d = {str(i): i for i in range(4) if i != 2}
print(d, len(d))
