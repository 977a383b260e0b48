# krait-exp: hand-written (micropython module is MicroPython-only; CPython prints SKIP)
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit
import sys
print(sys.implementation.name == "krait" or isinstance(sys.implementation.name, str))
micropython.heap_lock()
try:
    x = [1, 2, 3] * 100
    print("allocated while locked")
except MemoryError:
    print("MemoryError")
micropython.heap_unlock()
print(len([0] * 100))
micropython.kbd_intr(-1)
micropython.kbd_intr(3)
print("ok")
