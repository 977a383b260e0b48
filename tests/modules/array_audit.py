# array: every typecode, methods, slicing, buffer and errors against CPython
def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
import array
# array
for tc in 'bBhHiIlLqQfd':
    a = array.array(tc, [1, 2, 3])
    # 'l'/'L' are C longs: 8 bytes on 64-bit unix, 4 on the 32-bit board
    size = 'long' if tc in 'lL' and a.itemsize in (4, 8) else a.itemsize
    print(tc, a, size, len(bytes(a)) // a.itemsize, a[1], a[-1], a[0:2], list(a))
t('a1', lambda: array.array('z'))
t('a2', lambda: array.array('b', [300]))
t('a3', lambda: array.array('B', [-1]))
t('a4', lambda: array.array('i', b'\x01\x00\x00\x00\x02'))
a = array.array('h', [1, 2])
t('a5', lambda: (a.append(3), a.extend([4, 5]), a)[2])
t('a6', lambda: (a.extend(array.array('h', [6])), a)[1])
t('a7', lambda: a.extend(array.array('b', [1])))
t('a8', lambda: a + array.array('h', [9]))
t('a9', lambda: a + array.array('b', [9]))
t('a11', lambda: a[100])
t('a12', lambda: (a.__setitem__(slice(0, 2), array.array('h', [8, 8])), a)[1])
t('a13', lambda: a.__setitem__(slice(0, 2), [1, 2]))
t('a14', lambda: a == array.array('h', list(a)))
t('a15', lambda: a == array.array('i', list(a)))
t('a16', lambda: array.array('f', [1.5]) == array.array('d', [1.5]))
t('a17', lambda: memoryview(array.array('i', [1, 2]))[1])
t('a18', lambda: bytearray(array.array('H', [258])))
t('a19', lambda: array.array('d', [1, 2.5]))
t('a21', lambda: 2 in array.array('i', [1, 2]))
t('a22', lambda: array.array('i', [1]).typecode)
t('a23', lambda: array.array('b', [1, 2, 3]).tobytes())
t('a24', lambda: array.array('b', 'abc'))
t('a25', lambda: array.array('b', [1, 'x']))
t('a26', lambda: array.array('i', range(3)))
t('a27', lambda: repr(array.array('i')))
t('a28', lambda: array.array('b', [1, 2]) * 2)
t('a29', lambda: array.array('q', [2**63 - 1]))
t('a30', lambda: array.array('Q', [2**64 - 1]))
t('a31', lambda: array.array('b', [1, 2, 3])[::2])
t('a32', lambda: array.array('b', [1, 2, 3]).pop())
