# string building, slicing, methods
# Prints 'bm_strings: <microseconds>' and a checksum line; see bench/run.py.
try:
    from time import ticks_us, ticks_diff
except ImportError:
    from time import perf_counter

    def ticks_us():
        return int(perf_counter() * 1000000)

    def ticks_diff(a, b):
        return a - b


def work(n):
    parts = []
    total = 0
    for i in range(n):
        s = "item%d" % i
        s = s.upper() + "-" + str(i * 7)[::-1]
        parts.append(s)
        if s.endswith("7"):
            total += len(s)
    joined = ",".join(parts)
    words = joined.split(",")
    total += len(words) + joined.count("ITEM1")
    out = ""
    for w in words[:2000]:
        out += w[:3]
    total += len(out.replace("ITE", "x"))
    f = 0
    for w in words:
        f += len(f"{w}:{len(w):04d}")
    return total + f


REPEAT = 11
t0 = ticks_us()
for _ in range(REPEAT):
    r = work(60000)
t1 = ticks_us()
print("bm_strings:", ticks_diff(t1, t0))
print("checksum:", r)
