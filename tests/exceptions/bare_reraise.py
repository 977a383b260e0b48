# re-raise with bare raise keeps the exception
def f():
    try:
        raise ValueError("orig")
    except ValueError:
        print("handling")
        raise
try:
    f()
except ValueError as e:
    print("re-raised", e)
def g():
    try:
        raise KeyError("k")
    except KeyError as e:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
try:
    g()
except KeyError as e:
    print("still KeyError", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
def h():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise e
try:
    h()
except ZeroDivisionError as e:
    print("raise e", e)
