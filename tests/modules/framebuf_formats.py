# krait-exp: hand-written (framebuf is MicroPython-only; bytes worked out by hand from the pixel formats)
import framebuf
from framebuf import FrameBuffer

# MONO_VLSB: a byte is 8 pixels of a column, bit 0 at the top; rows of 8 pixels ("pages")
b = bytearray(8)
fb = FrameBuffer(b, 8, 8, framebuf.MONO_VLSB)
fb.pixel(0, 0, 1)
fb.pixel(1, 7, 1)
fb.pixel(2, 3, 5)
print(b, fb.pixel(1, 7), fb.pixel(1, 6), fb.pixel(8, 0), fb.pixel(-1, 0))
b = bytearray(6)
fb = FrameBuffer(b, 3, 10, framebuf.MVLSB)
fb.pixel(1, 9, 1)
fb.pixel(2, 0, 1)
print(b)
fb.pixel(2, 0, 0)
print(b)

# MONO_HLSB / MONO_HMSB: a byte is 8 pixels of a row, stride rounded up to 8
for fmt in (framebuf.MONO_HLSB, framebuf.MONO_HMSB):
    b = bytearray(4)
    fb = FrameBuffer(b, 10, 2, fmt)
    fb.pixel(0, 0, 1)
    fb.pixel(9, 0, 1)
    fb.pixel(3, 1, 1)
    print(b, fb.pixel(9, 0), fb.pixel(8, 0))

# RGB565: 16 bits per pixel, little-endian
b = bytearray(4)
fb = FrameBuffer(b, 2, 1, framebuf.RGB565)
fb.pixel(0, 0, 0xF800)
fb.pixel(1, 0, 0x1234)
print(b, hex(fb.pixel(0, 0)), hex(fb.pixel(1, 0)))
fb.fill(0xABCD)
print(b)

# GS2_HMSB: 2 bits per pixel, the leftmost pixel in the low bits; stride rounded up to 4
b = bytearray(2)
fb = FrameBuffer(b, 5, 1, framebuf.GS2_HMSB)
fb.pixel(0, 0, 3)
fb.pixel(1, 0, 2)
fb.pixel(4, 0, 1)
fb.pixel(3, 0, 7)
print(b, [fb.pixel(x, 0) for x in range(5)])

# GS4_HMSB: 4 bits per pixel, the leftmost pixel in the high nibble; stride rounded up to 2
b = bytearray(4)
fb = FrameBuffer(b, 3, 2, framebuf.GS4_HMSB)
fb.pixel(0, 0, 0xA)
fb.pixel(1, 0, 0x15)
fb.pixel(2, 1, 0xC)
print(b, fb.pixel(0, 0), fb.pixel(1, 0), fb.pixel(2, 1))

# GS8 with a stride: one byte per pixel
b = bytearray(8)
fb = FrameBuffer(b, 3, 2, framebuf.GS8, 4)
fb.pixel(2, 1, 300)
print(b, fb.pixel(2, 1))
fb.fill_rect(-2, -2, 4, 4, 7)
print(b)
fb.fill(9)
print(b)

# fill and the 8x8 font ('A' of Krait's font, one byte per column)
b = bytearray(8)
fb = FrameBuffer(b, 8, 8, framebuf.MONO_VLSB)
fb.fill(1)
print(b)
fb.fill(0)
fb.text("A", 0, 0)
print(b)
fb.fill(0)
fb.text("A", 2, 1, 1)
print(b)

# a FrameBuffer exposes its buffer
print(bytes(fb) == bytes(b))

# errors
def err(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__)

err(lambda: FrameBuffer(bytearray(7), 8, 8, framebuf.MONO_VLSB))
err(lambda: FrameBuffer(bytearray(8), 8, 9, framebuf.MONO_VLSB))
err(lambda: FrameBuffer(bytearray(31), 4, 4, framebuf.RGB565))
err(lambda: FrameBuffer(bytearray(1), 9, 1, framebuf.MONO_HLSB))
err(lambda: FrameBuffer(bytearray(2), 9, 1, framebuf.MONO_HLSB))
err(lambda: FrameBuffer(bytearray(100), 0, 1, framebuf.GS8))
err(lambda: FrameBuffer(bytearray(100), 4, 4, 7))
err(lambda: FrameBuffer(bytearray(100), 4, 4, framebuf.GS8, 3))
# no writable buffer: an empty FrameBuffer (see framebuf_subclass.py) that refuses to draw
err(lambda: FrameBuffer(b"0123456789abcdef", 4, 4, framebuf.GS8).fill(0))
err(lambda: FrameBuffer(123, 4, 4, framebuf.GS8).fill(0))
err(lambda: fb.text(5, 0, 0))
err(lambda: fb.pixel("a", 0))
print(framebuf.MONO_VLSB, framebuf.MVLSB, framebuf.RGB565, framebuf.GS4_HMSB, framebuf.MONO_HLSB,
      framebuf.MONO_HMSB, framebuf.GS2_HMSB, framebuf.GS8)
# a buffer that shrinks under the FrameBuffer is caught before drawing
b = bytearray(16)
fb = FrameBuffer(b, 4, 4, framebuf.GS8)
del b[8:]
err(lambda: fb.fill(1))
err(lambda: fb.pixel(0, 0))
