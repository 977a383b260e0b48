# float math: Mandelbrot set
# Prints 'bm_mandel: <microseconds>' and a checksum line; see bench/run.py.
try:
    from time import ticks_us, ticks_diff
except ImportError:
    from time import perf_counter

    def ticks_us():
        return int(perf_counter() * 1000000)

    def ticks_diff(a, b):
        return a - b


def mandel(w, h, max_iter):
    count = 0
    for py in range(h):
        y0 = py * 2.0 / h - 1.0
        for px in range(w):
            x0 = px * 3.0 / w - 2.0
            x = y = 0.0
            i = 0
            while i < max_iter and x * x + y * y <= 4.0:
                x, y = x * x - y * y + x0, 2.0 * x * y + y0
                i += 1
            count += i
    return count


REPEAT = 30
t0 = ticks_us()
for _ in range(REPEAT):
    r = mandel(120, 80, 60)
t1 = ticks_us()
print("bm_mandel:", ticks_diff(t1, t0))
print("checksum:", r)
