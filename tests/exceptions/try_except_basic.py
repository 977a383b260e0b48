# basic try/except/else/finally flow
def f(x):
    log = []
    try:
        log.append("try")
        if x == 1:
            raise ValueError("one")
        if x == 2:
            raise KeyError("two")
        log.append("body done")
    except ValueError as e:
        log.append("ValueError:" + str(e))
    except KeyError:
        log.append("KeyError")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
for x in range(3):
    print(f(x))
try:
    raise TypeError
except TypeError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    try:
        raise IndexError("inner")
    except KeyError:
        print("wrong")
except IndexError as e:
    print("outer caught", e)
