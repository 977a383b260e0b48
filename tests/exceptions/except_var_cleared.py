# the 'as' name is deleted after the handler
try:
    raise ValueError("x")
except ValueError as err:
    print("in handler", err)
try:
    print(err)
except NameError as e:
    print("NameError", e)
e = "keep"
try:
    raise KeyError(1)
except KeyError as e:
    pass
try:
    e
except NameError:
    print("e deleted too")
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    return saved
print(type(f()).__name__, f())
