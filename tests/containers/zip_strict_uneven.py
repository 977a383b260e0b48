# zip stops at the shortest; map with multiple iterables likewise
print(list(zip("abcd", range(2))), list(zip([], "abc")))
print(list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
it = iter(range(10))
print(list(zip(it, it)))
print(list(zip(*[iter("abcdef")] * 3)))
rows = [(1, 2, 3), (4, 5, 6)]
print(list(zip(*rows)), [list(c) for c in zip(*rows)])
keys = ["a", "b", "c"]
print(dict(zip(keys, range(10))), dict(zip(range(10), keys)))
