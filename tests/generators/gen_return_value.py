# StopIteration.value carries the return value
def g():
    yield 1
    return 42
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value", e.value)
def none_ret():
    yield
try:
    n = none_ret()
    next(n)
    next(n)
except StopIteration as e:
    print("value", e.value)
def collect():
    result = yield from g()
    return result * 2
c = collect()
print(next(c))
try:
    next(c)
except StopIteration as e:
    print("collected", e.value)
def raises_stop():
    yield 1
    raise StopIteration("inside")
try:
    list(raises_stop())
except RuntimeError as e:
    print("RuntimeError", e)
