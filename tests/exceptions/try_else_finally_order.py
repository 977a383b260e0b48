# ordering of else and finally
def f(raise_it):
    try:
        print("try")
        if raise_it:
            raise ValueError
    except ValueError:
        print("except")
        return "from except"
    else:
        print("else")
        return "from else"
    finally:
        print("finally")
print(f(False))
print(f(True))
def g():
    try:
        pass
    except Exception:
        pass
    else:
        try:
            raise KeyError("in else")
        except KeyError as e:
            print("handled in else", e)
    finally:
        print("g finally")
g()
