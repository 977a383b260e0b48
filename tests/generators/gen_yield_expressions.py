# yield as an expression in various positions
def g():
    x = yield 1
    y = (yield x) + 1
    l = [(yield), (yield)]
    yield y, l
it = g()
print(next(it))
print(it.send("a"))
print(it.send(10))
print(it.send("p"))
print(it.send("q"))
def h():
    while True:
        v = yield
        if v is None:
            return "got none"
hh = h()
next(hh)
try:
    hh.send(None)
except StopIteration as e:
    print(e.value)
