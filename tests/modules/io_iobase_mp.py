# io.IOBase as MicroPython uses it: the subclass supplies readinto/write/ioctl, IOBase adds read
# krait-exp: hand-written (CPython's IOBase has no read() built on readinto() and no ioctl protocol)
import io
import select


class Src(io.IOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readinto(self, buf):
        n = min(len(buf), len(self.data) - self.pos)
        buf[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

    def ioctl(self, op, arg):
        print("ioctl", op, arg)
        if op == 3:  # poll
            return arg & 1 if self.pos < len(self.data) else 0
        return 0


s = Src(b"hello\nworld\n" + b"x" * 300)
print(s.read(3), s.read(0))
print(s.readline())
print(len(s.read()), s.read(), s.read(5))
s = Src(b"ab\ncd")
print(list(s))
p = select.poll()
s = Src(b"z")
p.register(s, select.POLLIN)
print(p.poll(0) == [(s, select.POLLIN)])
s.read()
print(p.poll(0))
s.close()
print(s.closed)


class Block(io.IOBase):
    def readinto(self, buf):
        return None


print(Block().read(4), Block().read())


class Bad(io.IOBase):
    def readinto(self, buf):
        return len(buf) + 1


try:
    Bad().read(2)
except ValueError:
    print("ValueError")
