# exceptions: constructors, str/repr, attributes, chaining (bi_ tests by the builtins engineer)
class AppError(Exception):
    def __init__(self, code, msg="default"):
        self.code = code
        self.msg = msg
try:
    raise AppError(5)
except AppError as e:
    print(e.args, str(e), repr(e), e.code, e.msg)
class E2(Exception):
    def __init__(self, *args, **kw):
        super().__init__(*args)
        self.kw = kw
e = E2(1, 2, x=3); print(e.args, e.kw, str(e))
class E3(KeyError): pass
print(str(E3('k')), repr(E3('k')), isinstance(E3(), LookupError))
print(str(OSError('plain')), OSError(1, 2).args, str(OSError(99, 'weird')), type(OSError(99, 'weird')).__name__)
e = FileNotFoundError(2, 'No such file or directory')
print(e.errno, e.strerror, e.filename, str(e))
try:
    raise StopIteration(7)
except StopIteration as s:
    print(s.value, s.args)
def gen():
    yield 1
    return 9
g = gen(); next(g)
try: next(g)
except StopIteration as s: print("ret", s.value)
try:
    raise ValueError
except ValueError as v:
    print(repr(v), v.args)
try:
    raise TypeError("a", "b")
except TypeError as t:
    print(str(t), repr(t))
x = None
try:
    try:
        raise ValueError("inner")
    finally:
        x = "fin"
except ValueError as v:
    print(x, v)
try:
    try:
        raise ValueError(1)
    except ValueError:
        raise TypeError(2) from None
except TypeError as t:
    print(t.__suppress_context__, t.__cause__, repr(t.__context__))
e = ValueError("q"); e.note = "n"; print(e.note)
print(BaseException.__subclasses__ if False else issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, BaseException))
print(ArithmeticError.__mro__)
print(UnicodeDecodeError.__mro__[1:3], TabError.__bases__)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    {}[(1, 2)]
except KeyError as e:
    print(e, repr(e))
try:
    raise Exception("x") from ValueError("y")
except Exception as e:
    print(repr(e.__cause__))
try:
    raise 5
except TypeError as e:
    print(e)
try:
    try: 1/0
    except (ValueError, ZeroDivisionError) as e: print("tuple catch", type(e).__name__)
    raise
except RuntimeError as e:
    print("RT", e)
print(SyntaxError("m").msg, SyntaxError("m", ("f", 1, 2, "t")).text, str(SyntaxError("m", ("/a/f.py", 1, 2, "t"))))
try:
    exec("def f(:\n pass")
except SyntaxError as e:
    print(type(e).__name__, e.lineno, e.filename)
print(Exception().args, Exception(None).args, str(Exception(None)))
