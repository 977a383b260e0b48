# generators, closures and generator expressions
# Prints 'bm_generators: <microseconds>' and a checksum line; see bench/run.py.
try:
    from time import ticks_us, ticks_diff
except ImportError:
    from time import perf_counter

    def ticks_us():
        return int(perf_counter() * 1000000)

    def ticks_diff(a, b):
        return a - b


def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def make_adder(k):
    def add(x):
        return x + k
    return add


def make_acc():
    total = 0

    def acc(x):
        nonlocal total
        total += x
        return total
    return acc


def work(n):
    add3 = make_adder(3)
    acc = make_acc()
    r = 0
    for x in evens(counter(n)):
        r = acc(add3(x))
    r += sum(x * x for x in range(n // 2))
    r += sum(1 for _ in (y for y in counter(n // 2) if y % 3))
    return r


REPEAT = 10
t0 = ticks_us()
for _ in range(REPEAT):
    r = work(400000)
t1 = ticks_us()
print("bm_generators:", ticks_diff(t1, t0))
print("checksum:", r)
