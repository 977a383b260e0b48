# recursive generators
def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            yield [items[i]] + p
print(["".join(p) for p in perms("abc")])
print(len(list(perms(list(range(5))))))
def subsets(s):
    if not s:
        yield []
        return
    for rest in subsets(s[1:]):
        yield rest
        yield [s[0]] + rest
print(sorted(subsets([1, 2, 3])))
def tree_walk(t, depth=0):
    for k, v in t.items():
        yield "  " * depth + k
        yield from tree_walk(v, depth + 1)
for line in tree_walk({"a": {"b": {}, "c": {"d": {}}}, "e": {}}):
    print(line)
