# except (A, B) as e and matching by base class
def raiser(kind):
    if kind == 0:
        raise ValueError("v")
    if kind == 1:
        raise TypeError("t")
    if kind == 2:
        raise KeyError("k")
    if kind == 3:
        raise ZeroDivisionError("z")
for k in range(5):
    try:
        raiser(k)
        print("no exception")
    except (ValueError, TypeError) as e:
        print("VT", type(e).__name__, e)
    except LookupError as e:
        print("Lookup", type(e).__name__, e)
    except ArithmeticError as e:
        print("Arith", type(e).__name__, e)
errs = (KeyError, IndexError)
try:
    [][1]
except errs as e:
    print("via tuple variable", type(e).__name__)
try:
    raise OSError(2, "No such file")
except Exception as e:
    print(type(e).__name__, e.args, e.errno, e.strerror)
