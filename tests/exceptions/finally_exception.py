# finally runs when an exception propagates
def f():
    try:
        raise KeyError("k")
    finally:
        print("cleanup")
try:
    f()
except KeyError as e:
    print("caught", e)
def g():
    try:
        try:
            1 / 0
        finally:
            print("g inner finally")
    except ZeroDivisionError:
        print("g handled")
    finally:
        print("g outer finally")
g()
def h():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
try:
    h()
except TypeError as e:
    print("TypeError", e, "context:", repr(e.__context__))
