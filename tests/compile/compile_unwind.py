# break/continue/return through try/finally, with and except handlers
import sys

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.suppress

def f1():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
    else:
        print("no else")
    return "f1 done"
print(f1())

def f2():
    try:
        return "from try"
    finally:
        print("f2 finally")
print(f2())

def f3():
    try:
        return "from try"
    finally:
        return "from finally"
print(f3())

def f4():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i == 0:
                break
    return i
print(f4())

def f5():
    for x in range(5):
        with CM("w%d" % x):
            if x == 1:
                continue
            if x == 3:
                return x
            print("in with", x)

print(f5())

def f6():
    try:
        with CM("a"), CM("b", suppress=True):
            raise KeyError("k")
        print("after suppressed")
        with CM("c"):
            raise TypeError("t")
    except TypeError as e:
        print("caught", repr(e))
    print(sys.exc_info()[0])
f6()

def f7():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i == 0:
                continue
            if i == 1:
                print("handled", e, sys.exc_info()[1])
                break
    print(sys.exc_info()[0])
    try:
        e
    except NameError as ne:
        print("NameError:", ne)
f7()

def f8():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise TypeError("second")
    except TypeError as e:
        print(repr(e), repr(e.__context__))
    print(sys.exc_info())
f8()

def f9():
    while True:
        try:
            try:
                return "ret"
            finally:
                print("inner finally")
        finally:
            print("outer finally")
print(f9())

def f10():
    for i in range(2):
        for j in range(3):
            try:
                if j == 1:
                    break
            finally:
                print("fin", i, j)
        else:
            print("never")
f10()

def f11():
    try:
        raise ValueError("x")
    except ValueError:
        try:
            raise
        except ValueError as e:
            print("reraised", e)
    try:
        pass
    except Exception:
        print("no")
    else:
        print("else runs")
    finally:
        print("finally runs")
f11()

def f12():
    try:
        try:
            1 / 0
        finally:
            print("cleanup")
    except ZeroDivisionError as e:
        print("got", e)
f12()

def f13(n):
    try:
        if n:
            raise IndexError
    except (KeyError, IndexError) as e:
        return "tuple match " + type(e).__name__
    except:
        return "bare"
    else:
        return "else"
print(f13(0), f13(1))
