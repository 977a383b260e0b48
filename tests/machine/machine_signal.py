# krait-exp: hand-written (CPython has no machine module; MicroPython's machine.Signal API)
# machine.Signal over any object with a value() method (what machine.Pin has): value(),
# on(), off(), calling it, invert=True; the pin sees 0/1; bad arguments are TypeErrors.
try:
    from machine import Signal
except ImportError:
    print("SKIP")
    raise SystemExit


class FakePin:
    def __init__(self, v=0):
        self.v = v
        self.writes = []

    def value(self, v=None):
        if v is None:
            return self.v
        self.writes.append(v)
        self.v = v


p = FakePin()
s = Signal(p)
print(s.value(), s())
s.on()
print(p.v, s.value(), s())
s.off()
print(p.v, s.value())
s(True)
print(p.v)
s.value([])          # any object: its truth
print(p.v, p.writes)

p = FakePin(1)
n = Signal(p, invert=True)
print(n.value(), n())
n.on()
print(p.v, n.value())
n.off()
print(p.v, n.value())
n(0)
n(5)
print(p.writes)
p.v = "x"            # what the pin returns: its truth
print(n.value())
print(type(Signal(FakePin(), invert=False)).__name__)
print(repr(Signal(FakePin(), invert=1)).startswith("Signal(<"), repr(n).endswith(", invert=True)"))

for args, kw in (((), {}), ((p,), {"invert": True, "mode": 1}), ((p, 2), {})):
    try:
        Signal(*args, **kw)
        print("no error")
    except TypeError:
        print("TypeError")
try:
    n(1, 2)
except TypeError:
    print("TypeError")
try:
    Signal.value(5)
except TypeError:
    print("TypeError")


class Broken:
    def value(self, *a):
        raise OSError(5, "broken pin")


b = Signal(Broken())
try:
    b.on()
except OSError as e:
    print("OSError", e.errno)
