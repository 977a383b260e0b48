# basic generator functions
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(5)), list(count(0)), sum(count(101)))
g = count(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
print(next(g, "still exhausted"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def empty():
    return
    yield
print(list(empty()))
print(type(count(1)).__name__)
