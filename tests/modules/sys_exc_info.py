# sys.exc_info inside and outside handlers, sys.exit, sys attributes
import sys
print(sys.exc_info())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v)
print(sys.exc_info())

def f():
    try:
        1 / 0
    except ZeroDivisionError:
        return sys.exc_info()[0].__name__

print(f())
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.args)
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.args)
try:
    sys.exit("msg")
except SystemExit as e:
    print("SystemExit", e.args)
print(sys.byteorder in ("little", "big"), sys.maxsize >= 2 ** 31 - 1)
print(isinstance(sys.argv, list), isinstance(sys.path, list), isinstance(sys.modules, dict))
print(isinstance(sys.platform, str), isinstance(sys.version, str))
print(type(sys.implementation.name).__name__, len(sys.implementation.version) >= 3)
print(hasattr(sys, "settrace") and False)
