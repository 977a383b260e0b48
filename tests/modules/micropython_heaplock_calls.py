# krait-exp: hand-written (micropython.heap_lock is MicroPython's)
# with the heap locked: calls with positional, keyword and default arguments, globals,
# small-int arithmetic, constant tuples (nested too), and printing them allocate nothing
try:
    import micropython
    micropython.heap_lock
except (ImportError, AttributeError):
    print("SKIP")
    raise SystemExit


def f1(a):
    print(a)


def f2(a, b=2):
    print(a, b)


def f3(a, b, c, d):
    x1 = x2 = a
    x3 = x4 = b
    x5 = x6 = c
    x7 = x8 = d
    print(x1, x3, x5, x7, x2 + x4 + x6 + x8)


global_var = 1


def test():
    global global_var
    global_var = 2
    i = 0
    while i < 2:
        f1(i)
        f1(i * 2 + 1)
        f1(a=i)
        f2(i)
        f2(i, i)
        i += 1
    f1((1, "two", (b"three",)))
    f1(((1, 2), (3, (4, -5)), ("x",)))
    f3(1, 2, 3, 4)


micropython.heap_lock()
try:
    test()
except MemoryError:
    micropython.heap_unlock()
    print("MemoryError")
else:
    micropython.heap_unlock()
print(global_var)
