# implicit chaining via __context__
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise KeyError("b")
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
def f():
    try:
        raise ValueError("1")
    except ValueError:
        try:
            raise TypeError("2")
        except TypeError:
            raise IndexError("3")
try:
    f()
except IndexError as e:
    c = e
    while c is not None:
        print(type(c).__name__, c)
        c = c.__context__
try:
    raise ValueError("plain")
except ValueError as e:
    print(e.__context__, e.__cause__)
