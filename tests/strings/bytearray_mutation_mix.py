# bytearray/array mutation (slice assignment/deletion with steps, insert/pop/extend/remove, +=, *=) driven
# by a fixed LCG, and item assignment checking the value before the index, as CPython
a = bytearray(b"ab")
for i, v in [(5, -1), (5, 300), (5, None), (0, -1), (-5, 1)]:
    try:
        a[i] = v
        print(a)
    except Exception as e:
        print(type(e).__name__, e)
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
vals = [0, 1, -1, 2, -2, 5, -7, 10, 100, None]
def rv():
    return vals[rnd(len(vals))]
srcs = [b"", b"x", b"xyz", bytearray(b"QRST"), [65, 66], [300], "s", (1, 2, 3), memoryview(b"mv"), range(3)]
a = bytearray(b"hello world")
import array
ar = array.array("h", [1, 2, 3, 4, 5])
for step in range(1500):
    op = rnd(14)
    try:
        if op == 0:
            a[rv():rv()] = srcs[rnd(len(srcs))]
        elif op == 1:
            a[rv():rv():rv()] = srcs[rnd(len(srcs))]
        elif op == 2:
            del a[rv():rv():rv()]
        elif op == 3:
            a[rv()] = rv()
        elif op == 4:
            del a[rv()]
        elif op == 5:
            a.insert(rv(), rv())
        elif op == 6:
            a.pop(rv()) if rnd(2) else a.pop()
        elif op == 7:
            a.extend(srcs[rnd(len(srcs))])
        elif op == 8:
            a += srcs[rnd(len(srcs))]
        elif op == 9:
            a *= rnd(3)
            if len(a) > 200: del a[100:]
        elif op == 10:
            a.remove(rv())
        elif op == 11:
            ar[rv():rv()] = array.array("h", [rnd(100) for _ in range(rnd(4))])
        elif op == 12:
            del ar[rv():rv():rv()]
        else:
            if len(a) < 5: a.extend(b"refill")
            if len(ar) < 3: ar.extend([7, 8, 9])
        r = "ok"
    except Exception as e:
        r = type(e).__name__
    print(step, op, r, a, ar)
