# krait-exp: hand-written (framebuf is MicroPython-only; the test checks itself against a pure-Python model)
# Every drawing call is also done by a pure-Python model of the pixel formats and a
# textbook Bresenham; the buffers must match byte for byte.
import framebuf, random

random.seed(12)

class Model:
    def __init__(self, w, h, fmt, stride):
        self.w, self.h, self.fmt = w, h, fmt
        if fmt in (framebuf.MONO_HLSB, framebuf.MONO_HMSB):
            stride = (stride + 7) & ~7
        elif fmt == framebuf.GS2_HMSB:
            stride = (stride + 3) & ~3
        elif fmt == framebuf.GS4_HMSB:
            stride = (stride + 1) & ~1
        self.stride = stride
        if fmt == framebuf.MONO_VLSB:
            n = (h + 7) // 8 * stride
        elif fmt == framebuf.RGB565:
            n = h * stride * 2
        elif fmt == framebuf.GS4_HMSB:
            n = h * stride // 2
        elif fmt in (framebuf.MONO_HLSB, framebuf.MONO_HMSB):
            n = h * stride // 8
        elif fmt == framebuf.GS2_HMSB:
            n = h * stride // 4
        else:
            n = h * stride
        self.buf = bytearray(n)

    def set(self, x, y, c):
        if not (0 <= x < self.w and 0 <= y < self.h):
            return
        b, f, i = self.buf, self.fmt, x + y * self.stride
        if f == framebuf.MONO_VLSB:
            k = (y // 8) * self.stride + x
            b[k] = (b[k] | (1 << (y % 8))) if c else (b[k] & ~(1 << (y % 8)))
        elif f == framebuf.MONO_HLSB:
            m = 0x80 >> (x % 8)
            b[i // 8] = (b[i // 8] | m) if c else (b[i // 8] & ~m)
        elif f == framebuf.MONO_HMSB:
            m = 1 << (x % 8)
            b[i // 8] = (b[i // 8] | m) if c else (b[i // 8] & ~m)
        elif f == framebuf.RGB565:
            b[2 * i] = c & 0xff
            b[2 * i + 1] = (c >> 8) & 0xff
        elif f == framebuf.GS2_HMSB:
            s = (x % 4) * 2
            b[i // 4] = (b[i // 4] & ~(3 << s)) | ((c & 3) << s)
        elif f == framebuf.GS4_HMSB:
            if x % 2:
                b[i // 2] = (b[i // 2] & 0xf0) | (c & 15)
            else:
                b[i // 2] = (b[i // 2] & 0x0f) | ((c & 15) << 4)
        else:
            b[i] = c & 0xff

    def fill_rect(self, x, y, w, h, c):
        for yy in range(max(y, 0), min(y + h, self.h)):
            for xx in range(max(x, 0), min(x + w, self.w)):
                self.set(xx, yy, c)

    def line(self, x1, y1, x2, y2, c):
        dx, dy = abs(x2 - x1), abs(y2 - y1)
        sx = 1 if x2 >= x1 else -1
        sy = 1 if y2 >= y1 else -1
        steep = dy > dx
        if steep:
            x1, y1, dx, dy, sx, sy = y1, x1, dy, dx, sy, sx
        e = 2 * dy - dx
        for i in range(dx):
            if steep:
                self.set(y1, x1, c)
            else:
                self.set(x1, y1, c)
            while e >= 0:
                y1 += sy
                e -= 2 * dx
            x1 += sx
            e += 2 * dy
        self.set(x2, y2, c)

FORMATS = [framebuf.MONO_VLSB, framebuf.MONO_HLSB, framebuf.MONO_HMSB, framebuf.RGB565,
           framebuf.GS2_HMSB, framebuf.GS4_HMSB, framebuf.GS8]
NAMES = ["MONO_VLSB", "MONO_HLSB", "MONO_HMSB", "RGB565", "GS2_HMSB", "GS4_HMSB", "GS8"]

def rc():
    return random.randrange(-8, 40)

for fmt, name in zip(FORMATS, NAMES):
    ok = True
    for trial in range(12):
        w, h = random.randrange(1, 30), random.randrange(1, 20)
        stride = w + random.randrange(0, 5)
        m = Model(w, h, fmt, stride)
        fb = framebuf.FrameBuffer(bytearray(len(m.buf)), w, h, fmt, stride)
        buf = fb  # a FrameBuffer exposes its buffer (bytes(fb))
        for op in range(25):
            c = random.getrandbits(16)
            k = random.randrange(6)
            if k == 0:
                x, y = rc(), rc()
                fb.pixel(x, y, c); m.set(x, y, c)
            elif k == 1:
                a = (rc(), rc(), rc(), rc())
                fb.line(*a, c); m.line(*a, c)
            elif k == 2:
                x, y, ww, hh = rc(), rc(), random.randrange(-3, 20), random.randrange(-3, 20)
                fb.fill_rect(x, y, ww, hh, c); m.fill_rect(x, y, ww, hh, c)
            elif k == 3:
                x, y, ww = rc(), rc(), random.randrange(-3, 30)
                fb.hline(x, y, ww, c); m.fill_rect(x, y, ww, 1, c)
                fb.vline(y, x, ww, c); m.fill_rect(y, x, 1, ww, c)
            elif k == 4:
                x, y, ww, hh = rc(), rc(), random.randrange(1, 20), random.randrange(1, 20)
                fb.rect(x, y, ww, hh, c)
                m.fill_rect(x, y, ww, 1, c); m.fill_rect(x, y + hh - 1, ww, 1, c)
                m.fill_rect(x, y, 1, hh, c); m.fill_rect(x + ww - 1, y, 1, hh, c)
            else:
                fb.fill(c); m.fill_rect(0, 0, w, h, c)
        if bytes(buf) != bytes(m.buf):
            ok = False
            print("mismatch", name, w, h, stride)
    print(name, "ok" if ok else "BAD")

# pixel reads: compare with the model's byte layout by writing each read value into a fresh model
for fmt, name in zip(FORMATS, NAMES):
    w, h = 13, 11
    m = Model(w, h, fmt, w)
    for i in range(len(m.buf)):
        m.buf[i] = random.getrandbits(8)
    fb = framebuf.FrameBuffer(bytearray(m.buf), w, h, fmt)
    m2 = Model(w, h, fmt, w)
    m2.buf[:] = m.buf
    for y in range(h):
        for x in range(w):
            m2.set(x, y, fb.pixel(x, y))
    print(name, "read ok" if m2.buf == m.buf else "read BAD")

# blit with key and palette, against the model
for fmt, name in zip(FORMATS, NAMES):
    ok = True
    for trial in range(10):
        sw, sh = random.randrange(1, 12), random.randrange(1, 12)
        src = Model(sw, sh, framebuf.GS8, sw)
        for i in range(len(src.buf)):
            src.buf[i] = random.randrange(4)
        sfb = framebuf.FrameBuffer(bytearray(src.buf), sw, sh, framebuf.GS8)
        pal = Model(4, 1, fmt, 4)
        pfb = framebuf.FrameBuffer(bytearray(len(pal.buf)), 4, 1, fmt)
        for i in range(4):
            c = random.getrandbits(16)
            pal.set(i, 0, c)
            pfb.pixel(i, 0, c)
        dw, dh = random.randrange(1, 20), random.randrange(1, 20)
        dst = Model(dw, dh, fmt, dw)
        dfb = framebuf.FrameBuffer(bytearray(len(dst.buf)), dw, dh, fmt)
        x, y = random.randrange(-10, 20), random.randrange(-10, 20)
        key = random.randrange(-1, 2)
        use_pal = random.getrandbits(1)
        if use_pal:
            dfb.blit(sfb, x, y, key, pfb)
        else:
            dfb.blit(sfb, x, y, key)
        for yy in range(sh):
            for xx in range(sw):
                c = src.buf[yy * sw + xx]
                if use_pal:
                    c = pfb.pixel(c, 0)
                if c != key:
                    dst.set(x + xx, y + yy, c)
        if bytes(dfb) != bytes(dst.buf):
            ok = False
            print("blit mismatch", name, x, y, key, use_pal)
    print(name, "blit ok" if ok else "blit BAD")

# scroll, against the model (uncovered pixels keep their old values)
ok = True
for trial in range(30):
    w, h = random.randrange(1, 12), random.randrange(1, 12)
    data = bytearray(random.getrandbits(8) for i in range(w * h))
    fb = framebuf.FrameBuffer(bytearray(data), w, h, framebuf.GS8)
    dx, dy = random.randrange(-w - 1, w + 2), random.randrange(-h - 1, h + 2)
    fb.scroll(dx, dy)
    want = bytearray(data)
    if abs(dx) < w and abs(dy) < h:
        for y in range(h):
            for x in range(w):
                if 0 <= x - dx < w and 0 <= y - dy < h:
                    want[y * w + x] = data[(y - dy) * w + (x - dx)]
    if bytes(fb) != want:
        ok = False
        print("scroll mismatch", w, h, dx, dy)
print("scroll", "ok" if ok else "BAD")
