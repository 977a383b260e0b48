# errors raised inside except/finally clauses
def f():
    try:
        raise ValueError("first")
    except ValueError:
        undefined_name_in_handler
try:
    f()
except NameError as e:
    print("NameError", e, "| context:", type(e.__context__).__name__, e.__context__)
def g():
    try:
        return 1
    finally:
        [][0]
try:
    g()
except IndexError as e:
    print("IndexError from finally", e, e.__context__)
