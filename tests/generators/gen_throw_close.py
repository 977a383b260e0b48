# generator throw() and close()
def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("gen caught", e)
        yield "recovered"
    finally:
        print("gen finally")
it = g()
print(next(it))
print(it.throw(ValueError("boom")))
try:
    next(it)
except StopIteration:
    print("stopped")
it = g()
next(it)
it.close()
print("closed")
try:
    next(it)
except StopIteration:
    print("closed gen raises StopIteration")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)
it = g()
try:
    it.throw(KeyError("early"))
except KeyError as e:
    print("unstarted throw", e)
def h():
    yield 1
hg = h()
next(hg)
try:
    hg.throw(TypeError("t"))
except TypeError as e:
    print("propagated", e)
