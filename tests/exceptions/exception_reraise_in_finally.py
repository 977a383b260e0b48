# exceptions replaced or preserved across nested finally/except
def f():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("cleanup 1")
    finally:
        print("cleanup 2")
try:
    f()
except ValueError as e:
    print("ValueError", e)
def g():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError:
            pass
        raise
try:
    g()
except ValueError as e:
    print("still first:", e)
def h():
    try:
        raise KeyError("a")
    except KeyError as e:
        err = e
    raise err
try:
    h()
except KeyError as e:
    print("KeyError", e)
