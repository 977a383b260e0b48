# sieve of Eratosthenes on a bytearray and a list
# Prints 'bm_sieve: <microseconds>' and a checksum line; see bench/run.py.
try:
    from time import ticks_us, ticks_diff
except ImportError:
    from time import perf_counter

    def ticks_us():
        return int(perf_counter() * 1000000)

    def ticks_diff(a, b):
        return a - b


def sieve_list(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return sum(flags)


def sieve_bytes(n):
    b = bytearray(b"\x01") * (n + 1)
    b[0] = b[1] = 0
    for i in range(2, int(n ** 0.5) + 1):
        if b[i]:
            for j in range(i * i, n + 1, i):
                b[j] = 0
    c = 0
    for v in b:
        c += v
    return c


REPEAT = 7
t0 = ticks_us()
for _ in range(REPEAT):
    r = sieve_list(1000000) + sieve_bytes(500000)
t1 = ticks_us()
print("bm_sieve:", ticks_diff(t1, t0))
print("checksum:", r)
