# common dict patterns
def memo_fib():
    cache = {}
    def fib(n):
        if n in cache:
            return cache[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r
    return fib
print(memo_fib()(90))
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d"], "d": []}
def bfs(start):
    seen = [start]
    queue = [start]
    while queue:
        n = queue.pop(0)
        for m in graph[n]:
            if m not in seen:
                seen.append(m)
                queue.append(m)
    return seen
print(bfs("a"))
nested = {}
for path in ["a/b/c", "a/b/d", "a/e"]:
    node = nested
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(nested)
