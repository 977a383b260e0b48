# dict and list work
# Prints 'bm_dictlist: <microseconds>' and a checksum line; see bench/run.py.
try:
    from time import ticks_us, ticks_diff
except ImportError:
    from time import perf_counter

    def ticks_us():
        return int(perf_counter() * 1000000)

    def ticks_diff(a, b):
        return a - b


def work(n):
    d = {}
    for i in range(n):
        d[i * 7 % 1009] = d.get(i * 7 % 1009, 0) + i
    names = {}
    for i in range(n // 4):
        k = "k" + str(i % 500)
        names[k] = names.get(k, 0) + 1
    l = [v for v in d.values() if v % 2 == 0]
    l.sort()
    l2 = list(range(n // 10))
    l2.reverse()
    s = 0
    for i in range(0, len(l2), 3):
        s += l2[i]
    m = [[i * j for j in range(20)] for i in range(200)]
    for row in m:
        s += sum(row[::2])
    q = []
    for i in range(n // 4):
        q.append(i)
        if len(q) > 50:
            s += q.pop(0)
    return len(d) + sum(l) + len(names) + s + sorted(names.values())[0]


REPEAT = 15
t0 = ticks_us()
for _ in range(REPEAT):
    r = work(200000)
t1 = ticks_us()
print("bm_dictlist:", ticks_diff(t1, t0))
print("checksum:", r)
