# big integer arithmetic
# Prints 'bm_bignum: <microseconds>' and a checksum line; see bench/run.py.
try:
    from time import ticks_us, ticks_diff
except ImportError:
    from time import perf_counter

    def ticks_us():
        return int(perf_counter() * 1000000)

    def ticks_diff(a, b):
        return a - b


def work(n):
    f = 1
    for i in range(2, n):
        f *= i
    s = 0
    while f:
        f, r = divmod(f, 10 ** 9)
        s += r
    a, b = 0, 1
    for _ in range(n * 4):
        a, b = b, a + b
    return s + a % 1000000007 + pow(3, 10000, 10 ** 30 + 57)


REPEAT = 400
t0 = ticks_us()
for _ in range(REPEAT):
    r = work(1500)
t1 = ticks_us()
print("bm_bignum:", ticks_diff(t1, t0))
print("checksum:", r)
