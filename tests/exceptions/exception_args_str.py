# exception args, str and repr
for e in [Exception(), Exception("msg"), Exception("a", 2), ValueError(5), KeyError("key"),
          KeyError(), KeyError(1, 2), IndexError("idx"), RuntimeError(None), StopIteration(7)]:
    print(repr(e), "|", str(e), "|", e.args)
e = Exception("x")
e.args = ("changed", 1)
print(e, e.args)
print(str(ValueError("")), repr(ValueError("")))
print(repr(OSError("o")), repr(AssertionError()))
print(str(KeyError("it's")), repr(KeyError("it's")))
