# attributes on exception objects
e = ValueError("v")
e.extra = 42
print(e.extra, e.args)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.extra)
print(e.__traceback__ is not None)
s = StopIteration(5)
print(s.value, StopIteration().value)
se = SystemExit(3)
print(se.code, SystemExit().code, SystemExit("m").code)
ke = KeyError("k")
print(ke.args[0])
try:
    {}["x"]
except KeyError as k:
    print(k.args)
ae = AttributeError("a")
print(str(ae))
