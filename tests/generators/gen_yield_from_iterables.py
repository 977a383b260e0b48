# yield from over non-generator iterables and exceptions passing through
def g():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
    yield from {"k": 1}
    yield from (x * 10 for x in range(2))
print(list(g()))
def inner():
    try:
        yield 1
        yield 2
    except KeyError:
        yield "inner handled"
def outer():
    yield from inner()
    yield "outer continues"
o = outer()
print(next(o), o.throw(KeyError("x")), next(o))
def closer():
    try:
        yield from inner()
    finally:
        print("outer finally")
c = closer()
next(c)
c.close()
print("closed")
