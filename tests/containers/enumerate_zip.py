# enumerate and zip
print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip("ab", "cd", "ef")))
keys = ["a", "b"]
vals = [1, 2]
print(dict(zip(keys, vals)))
pairs = [(1, "x"), (2, "y")]
nums, lets = zip(*pairs)
print(nums, lets)
for i, (a, b) in enumerate(zip("xy", "pq")):
    print(i, a, b)
e = enumerate("z")
print(next(e), next(e, None))
print(list(zip(range(3), range(10, 13), range(20, 99))))
