# implicit __context__ chaining at raise time (bi_ tests)
try:
    raise ValueError("a")
except ValueError:
    pass
try:
    raise TypeError("b")
except TypeError as e:
    print(e.__context__)
def f():
    try:
        raise KeyError(1)
    except KeyError:
        return g()
def g():
    try:
        raise IndexError(2)
    except IndexError as e:
        return repr(e.__context__)
print(f())
try:
    try:
        raise ValueError(1)
    except ValueError as e:
        raise e
except ValueError as e2:
    print(e2.__context__)
