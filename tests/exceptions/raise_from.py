# raise ... from ... sets __cause__; from None suppresses
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
    print(type(e.__context__).__name__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("no cause") from None
except RuntimeError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    raise IndexError("i") from ValueError("v")
except IndexError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise TypeError("x") from 5
except TypeError as e:
    print("TypeError", e)
