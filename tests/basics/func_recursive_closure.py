# recursion through closures and default args
def make_fact():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
f = make_fact()
print(f(20), f(25))
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100))
def walk(node, depth=0, out=None):
    if out is None:
        out = []
    out.append((depth, node[0]))
    for child in node[1]:
        walk(child, depth + 1, out)
    return out
print(walk(("root", [("a", [("c", [])]), ("b", [])])))
