# krait-exp: hand-written (framebuf is MicroPython-only; the test only reports that nothing was written outside)
# Random drawing with wild coordinates into a FrameBuffer that lives in the middle of
# a larger bytearray (through a memoryview): the guard bytes around it must stay intact.
import framebuf, random, array

random.seed(3)
FORMATS = [framebuf.MONO_VLSB, framebuf.MONO_HLSB, framebuf.MONO_HMSB, framebuf.RGB565,
           framebuf.GS2_HMSB, framebuf.GS4_HMSB, framebuf.GS8]
NEED = {framebuf.MONO_VLSB: lambda w, h, s: (h + 7) // 8 * s,
        framebuf.MONO_HLSB: lambda w, h, s: h * ((s + 7) & ~7) // 8,
        framebuf.MONO_HMSB: lambda w, h, s: h * ((s + 7) & ~7) // 8,
        framebuf.RGB565: lambda w, h, s: h * s * 2,
        framebuf.GS2_HMSB: lambda w, h, s: h * ((s + 3) & ~3) // 4,
        framebuf.GS4_HMSB: lambda w, h, s: h * ((s + 1) & ~1) // 2,
        framebuf.GS8: lambda w, h, s: h * s}

def big():
    r = random.randrange(10)
    if r == 0:
        return random.randrange(-(1 << 40), 1 << 40)
    if r == 1:
        return random.choice([-(1 << 30), (1 << 30) - 1, -1, 0, 65535, -65536])
    return random.randrange(-40, 60)

GUARD = 16
bad = 0
calls = 0
drawn = 0
for fmt in FORMATS:
    for trial in range(30):
        w, h = random.randrange(1, 24), random.randrange(1, 24)
        s = w + random.randrange(0, 4)
        n = NEED[fmt](w, h, s)
        whole = bytearray(n + 2 * GUARD)
        for i in range(len(whole)):
            whole[i] = 0xA5
        fb = framebuf.FrameBuffer(memoryview(whole)[GUARD:GUARD + n], w, h, fmt, s)
        other = framebuf.FrameBuffer(bytearray(NEED[fmt](7, 5, 7)), 7, 5, fmt)
        pal = framebuf.FrameBuffer(bytearray(8), 4, 1, framebuf.GS8)
        for op in range(40):
            c = random.getrandbits(32) - (1 << 31)
            k = random.randrange(12)
            calls += 1
            try:
                if k == 0:
                    fb.pixel(big(), big(), c)
                elif k == 1:
                    fb.line(big(), big(), big(), big(), c)
                elif k == 2:
                    fb.fill_rect(big(), big(), big(), big(), c)
                elif k == 3:
                    fb.hline(big(), big(), big(), c)
                    fb.vline(big(), big(), big(), c)
                elif k == 4:
                    fb.rect(big(), big(), big(), big(), c, random.getrandbits(1))
                elif k == 5:
                    fb.ellipse(big(), big(), random.randrange(-3, 80), random.randrange(-3, 80), c,
                               random.getrandbits(1), random.getrandbits(4))
                elif k == 6:
                    pts = array.array('i', [big() for i in range(2 * random.randrange(1, 6))])
                    fb.poly(big(), big(), pts, c, random.getrandbits(1))
                elif k == 7:
                    fb.text("Krait \x01\u00ff~", big(), big(), c)
                elif k == 8:
                    fb.scroll(big(), big())
                elif k == 9:
                    fb.blit(other, big(), big(), random.randrange(-1, 3))
                    fb.blit(other, big(), big(), -1, pal)
                elif k == 10:
                    fb.fill(c)
                else:
                    fb.pixel(big(), big())
            except OverflowError:
                pass
        if whole[:GUARD] != bytearray(b"\xa5" * GUARD) or whole[GUARD + n:] != bytearray(b"\xa5" * GUARD):
            bad += 1
            print("guard damaged", fmt, w, h, s)
        if whole[GUARD:GUARD + n] != bytearray(b"\xa5" * n):
            drawn += 1
print("calls", calls, "damaged", bad, "drawn into", drawn > 150)
