# Indices past the machine word (2**31 on 32-bit boards, 2**64 everywhere) raise IndexError
# for every sequence subscript, and slicing a range keeps exact int bounds and steps.
import array


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)


def setitem(seq, i):
    seq[i] = 5
    return seq


for x in (2**31, 2**32, 2**64, -2**31 - 1, -2**64):
    print('--', x > 0)
    t(lambda: [1, 2][x])
    t(lambda: 'ab'[x])
    t(lambda: bytearray(b'ab')[x])
    t(lambda: memoryview(b'ab')[x])
    t(lambda: array.array('b', [1, 2])[x])
    t(lambda: range(5)[x])
    t(lambda: range(-5, 5, 3)[x])
    t(lambda: setitem([1, 2], x))
    t(lambda: setitem(bytearray(2), x))
    t(lambda: setitem(memoryview(bytearray(2)), x))
    t(lambda: setitem(array.array('h', [1, 2]), x))
    t(lambda: range(0, 10)[::x])
    t(lambda: list(range(0, 10)[::x]))
    t(lambda: range(3, 40, 3)[::-x])
    t(lambda: list(range(3, 40, 3)[::-x]))
    t(lambda: range(0, 10)[-x:x])

for s in (2**29, 2**30, 2**31 - 1, 2**31, 2**32, 2**62, 2**63 - 1):
    r = range(-s, s, s // 3 + 1)
    print(r[:], r[1:], r[::2], r[::-1], r[-2::-2], list(r[::2]))
    r = range(s, -s, -(s // 2 + 1))
    print(r[:], r[::3], r[::-1], len(r[::-2]))
    print(range(0, 10, s)[::s], range(0, s, s // 9 + 1)[1::s // 4], range(0, 4)[1::s])

# slices of ranges longer than the word
for r in (range(2**70), range(-2**40, 2**40, 3), range(2**33, -2**33, -1)):
    print(r[::2], r[5:-5:3], r[::-1], r[-10:], r[:-2**32], r[2**80:], r[-2**80::-7], r[::2**64])
    print(r[100:-100:-1], r[-1::-5], r[2**20:], r[None:None:None])
    t(lambda: r[::0])
    t(lambda: r['a':])
