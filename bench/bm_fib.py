# recursion: naive Fibonacci
# Prints 'bm_fib: <microseconds>' and a checksum line; see bench/run.py.
try:
    from time import ticks_us, ticks_diff
except ImportError:
    from time import perf_counter

    def ticks_us():
        return int(perf_counter() * 1000000)

    def ticks_diff(a, b):
        return a - b


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


N = 34
t0 = ticks_us()
r = fib(N)
t1 = ticks_us()
print("bm_fib:", ticks_diff(t1, t0))
print("checksum:", r)
