# krait-exp: hand-written (micropython.heap_lock is MicroPython's: with the heap locked an exception keeps its type and first args, not a message)
# exceptions raised with the heap locked keep their type, args (up to 4) and traceback, not
# messages of built-in errors; a preallocated exception whose
# __traceback__ was set to None records its traceback again without allocating
try:
    import micropython
    micropython.heap_lock
except (ImportError, AttributeError):
    print("SKIP")
    raise SystemExit
import sys
import io

e = ValueError("error")


def raise_prealloc():
    micropython.heap_lock()
    try:
        raise e
    except ValueError as ex:
        micropython.heap_unlock()
        print("caught", ex is e, ex.args)


def raise_new():
    micropython.heap_lock()
    try:
        raise ValueError(1, 2)
    except Exception as ex:
        micropython.heap_unlock()
        print(type(ex).__name__, ex.args)


def raise_class():
    micropython.heap_lock()
    try:
        raise KeyError
    except Exception as ex:
        micropython.heap_unlock()
        print(type(ex).__name__, ex.args)


def builtin_error(l, d):
    micropython.heap_lock()
    try:
        1 // 0
    except ZeroDivisionError as ex:
        r1 = type(ex).__name__
    try:
        l.pop()
    except IndexError as ex:
        r2 = type(ex).__name__
    try:
        d[1]
    except KeyError as ex:
        r3 = type(ex).__name__
    try:
        int("x")
    except ValueError as ex:
        r4 = type(ex).__name__
    micropython.heap_unlock()
    print(r1, r2, r3, r4)


def alloc_error():
    micropython.heap_lock()
    try:
        [0] * 10
    except MemoryError as ex:
        micropython.heap_unlock()
        print(type(ex).__name__)


raise_prealloc()
raise_new()
raise_class()
builtin_error([], {})
alloc_error()
# the same again, now with the heap unlocked: real instances with their args
try:
    raise ValueError(1, 2)
except ValueError as ex:
    print(ex.args)

g = StopIteration()
try:
    raise g
except StopIteration:
    pass


def tb_test():
    micropython.heap_lock()
    g.__traceback__ = None
    try:
        raise g
    except StopIteration:
        print("StopIteration")
    micropython.heap_unlock()


tb_test()
buf = io.StringIO()
sys.print_exception(g, buf)
lines = buf.getvalue().split("\n")
print(lines[0])
print([l[l.find(","):] for l in lines if l.startswith("  File ")])


# raised and caught with the heap locked, printed after: args and traceback are kept
def emg():
    micropython.heap_lock()
    try:
        raise ValueError(1)
    except ValueError as er:
        exc = er
    micropython.heap_unlock()
    buf = io.StringIO()
    sys.print_exception(exc, buf)
    for l in buf.getvalue().split("\n"):
        if l.startswith("  File "):
            print(l.split('"')[2])
        elif not l.startswith("    "):
            print(l)


emg()


def oserror():
    micropython.heap_lock()
    try:
        raise OSError(2, "x")
    except OSError as er:
        micropython.heap_unlock()
        print(isinstance(er, OSError), er.args)


oserror()
