# krait-exp: hand-written (os.dupterm is MicroPython's: CPython has none)
# os.dupterm(stream, index=0): console output also goes to the stream's write(); it returns
# the previous stream of that slot; None detaches; a stream whose write() raises is
# detached with a message; bad index -> ValueError.
import os
if not hasattr(os, "dupterm"):
    print("SKIP")
    raise SystemExit


class Rec:
    def __init__(self):
        self.out = []

    def write(self, b):
        self.out.append(bytes(b))
        return len(b)

    def readinto(self, buf):
        return None

    def text(self):
        return b"".join(self.out).replace(b"\r\n", b"\n")   # (a board's UART sends \r\n)


a = Rec()
print("attach", os.dupterm(a))
print("hello", 42)
print([1, 2], end="!\n")
prev = os.dupterm(None)
print("detached", prev is a)
print("not copied")
print(a.text())

b, c = Rec(), Rec()
print(os.dupterm(b, 0), os.dupterm(c, 1))
print("two")
print(os.dupterm(None, 1) is c, os.dupterm(None) is b, os.dupterm(None))
print(b.text(), c.text())

# a stream that prints from its write(): its own output reaches the console only
class Noisy(Rec):
    def write(self, b):
        if not self.out:
            print("<w>", end="")
        return Rec.write(self, b)

n = Noisy()
os.dupterm(n)
print("noisy")
os.dupterm(None)
print()
print(n.text())

for bad in (2, -1):
    try:
        os.dupterm(None, bad)
    except ValueError as e:
        print("ValueError", e)
print(os.dupterm_notify(None))
