# krait-exp: hand-written (sys.print_exception and sys.implementation._mpy are MicroPython-only)
import sys
if not hasattr(sys, "print_exception"):
    print("SKIP")
    raise SystemExit
import io

def fail():
    raise ValueError("bad value")

try:
    fail()
except ValueError as e:
    s = io.StringIO()
    sys.print_exception(e, s)
    text = s.getvalue()
    lines = text.splitlines()
    print(lines[0])
    print(lines[-1])
    print(len([l for l in lines if l.startswith("  File ")]))
sys.print_exception(KeyError("k"))
sys.print_exception(OSError(2, "x"), sys.stdout)
try:
    sys.print_exception(1)
except TypeError:
    print("TypeError")
print(sys.implementation.name, type(sys.implementation._mpy).__name__)
prev = sys.atexit(None)
print(prev)
print(sys.atexit(print) is None)
sys.atexit(None)
try:
    sys.settrace
except AttributeError:
    print("no settrace")
