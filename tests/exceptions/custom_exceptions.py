# user-defined exception classes
class MyError(Exception):
    pass
class DetailedError(MyError):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return "[%d] %s" % (self.code, self.msg)
try:
    raise MyError("basic")
except MyError as e:
    print(type(e).__name__, e, e.args, isinstance(e, Exception))
try:
    raise DetailedError(404, "not found")
except MyError as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))
class WithRepr(ValueError):
    def __repr__(self):
        return "WithRepr!"
try:
    raise WithRepr("x")
except ValueError as e:
    print(repr(e), str(e))
print(issubclass(DetailedError, MyError), issubclass(MyError, BaseException))
print(DetailedError.__mro__[1].__name__, DetailedError.__bases__[0].__name__)
class NoArgs(Exception):
    def __init__(self):
        super().__init__()
try:
    raise NoArgs
except NoArgs as e:
    print("NoArgs", repr(str(e)), e.args)
