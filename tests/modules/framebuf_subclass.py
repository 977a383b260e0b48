# krait-exp: hand-written (framebuf is MicroPython-only; display drivers subclass FrameBuffer like this)
import framebuf

class Display(framebuf.FrameBuffer):
    def __init__(self, width, height, bus, addr=0x3c):
        self.width = width
        self.height = height
        self.bus = bus
        self.buffer = bytearray(height // 8 * width)
        super().__init__(self.buffer, width, height, framebuf.MONO_VLSB)

    def show(self):
        for y in range(self.height):
            print("".join("#" if self.pixel(x, y) else "." for x in range(self.width)))

d = Display(12, 8, "bus")
d.text("ok", 0, 0)
d.hline(0, 7, 12, 1)
d.show()
print(d.bus, d.width, len(d.buffer), bytes(d) == bytes(d.buffer), isinstance(d, framebuf.FrameBuffer))

class Plain(framebuf.FrameBuffer):
    pass

p = Plain(bytearray(4), 2, 2, framebuf.GS8)
p.fill(3)
print(bytes(p))

class Late(framebuf.FrameBuffer):
    def __init__(self):
        pass

try:
    Late().fill(1)
except ValueError as e:
    print("ValueError", e)
e = framebuf.FrameBuffer(123, 4, 4, framebuf.GS8)
try:
    e.pixel(0, 0, 1)
except ValueError as ex:
    print("ValueError", ex)
try:
    framebuf.FrameBuffer.__init__(e, 123, 4, 4, framebuf.GS8)
except TypeError as ex:
    print("TypeError")
framebuf.FrameBuffer.__init__(e, bytearray(16), 4, 4, framebuf.GS8)
e.fill(2)
print(e.pixel(3, 3))
