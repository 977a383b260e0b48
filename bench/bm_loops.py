# loops and small-integer arithmetic
# Prints 'bm_loops: <microseconds>' and a checksum line; see bench/run.py.
try:
    from time import ticks_us, ticks_diff
except ImportError:
    from time import perf_counter

    def ticks_us():
        return int(perf_counter() * 1000000)

    def ticks_diff(a, b):
        return a - b


def work(n):
    total = 0
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        if x % 3 == 0:
            total += i
        elif x & 4:
            total -= x >> 20
        else:
            total ^= i
    j = 0
    while j < n // 4:
        total += j % 7
        j += 1
    return total


N = 400000
REPEAT = 8
t0 = ticks_us()
for _ in range(REPEAT):
    r = work(N)
t1 = ticks_us()
print("bm_loops:", ticks_diff(t1, t0))
print("checksum:", r)
