# generator already executing, and errors from inside
def selfref():
    yield next(me)
me = selfref()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
def g():
    yield 1
    yield 1 / 0
    yield 3
it = g()
print(next(it))
try:
    next(it)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(next(it, "dead after error"))
