# set comprehensions (printed sorted, ints only)
s = {x % 5 for x in range(20)}
print(sorted(s), len(s))
print(sorted({x * x for x in range(-3, 4)}))
print(sorted({len(w) for w in ["a", "bb", "cc", "ddd"]}))
print({1 for _ in range(5)})
print(set() == {x for x in []})
print(type({x for x in ()}).__name__)
