# yield from delegation and return value
def inner():
    yield 1
    yield 2
    return "inner-result"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3
print(list(outer()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, []]], 5]])))
def delegate_send():
    got = yield from echo()
    yield "final:" + str(got)
def echo():
    x = yield "ready"
    while x != "stop":
        x = yield "echo:" + str(x)
    return "stopped"
g = delegate_send()
print(next(g), g.send(1), g.send("a"), g.send("stop"))
