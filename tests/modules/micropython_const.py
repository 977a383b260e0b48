# krait-exp: hand-written (micropython module is MicroPython-only; CPython prints SKIP)
try:
    import micropython
    from micropython import const
except ImportError:
    print("SKIP")
    raise SystemExit
X = const(5)
_Y = const(1 << 4)
Z = const(X * 2)
print(X + 1, _Y, Z)
def f():
    return X * _Y
print(f())
