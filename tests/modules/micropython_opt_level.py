# krait-exp: hand-written (micropython module is MicroPython-only; CPython prints SKIP)
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit
lvl = micropython.opt_level()
print(isinstance(lvl, int))
micropython.opt_level(1)
print(micropython.opt_level())
micropython.opt_level(lvl)
print(micropython.opt_level() == lvl)
