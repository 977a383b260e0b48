# io.IOBase subclasses: CPython behaviour of readline/readlines/iteration/close/context manager
import io


class Src(io.IOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readinto(self, buf):
        n = min(len(buf), len(self.data) - self.pos)
        buf[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

    def read(self, n=-1):
        # CPython's IOBase has no read(): supply one on top of readinto for both
        if n is None or n < 0:
            n = len(self.data) - self.pos
        b = bytearray(n)
        got = self.readinto(b)
        return bytes(b[:got])

    def readable(self):
        return True


s = Src(b"line1\nline2\nlast")
print(isinstance(s, io.IOBase), issubclass(Src, io.IOBase))
print(s.readline(), s.readline(3), s.readline())
print(s.readline(), s.readline())
s = Src(b"a\nbb\nccc\n")
print(s.readlines())
s = Src(b"a\nbb\nccc\n")
print(s.readlines(3))
s = Src(b"a\nbb\nccc")
print(list(s))
for line in Src(b"x\ny\n"):
    print(line)
print(s.closed, s.readable(), s.writable(), s.seekable(), s.isatty())
s.close()
print(s.closed)
s.close()
try:
    iter(s)
except ValueError as e:
    print("ValueError", e)
try:
    with s:
        pass
except ValueError as e:
    print("ValueError", e)


class Sink(io.IOBase):
    def __init__(self):
        self.out = []

    def write(self, b):
        self.out.append(b)
        return len(b)

    def flush(self):
        print("flush", self.closed)


k = Sink()
k.writelines([b"ab", b"cd"])
print(k.out)
with k as kk:
    print(kk is k, k.closed)
print(k.closed)
try:
    k.writelines([b"x"])
except ValueError as e:
    print("ValueError", e)
print(type(io.IOBase()).__name__)
print(io.open is open)


class Log(io.IOBase):
    def write(self, s):
        print("write", repr(s))
        return len(s)


print("hello", 1, file=Log())
