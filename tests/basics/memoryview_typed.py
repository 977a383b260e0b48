# memoryview honours the item format of its buffer (array typecodes, cast): indexing,
# iteration, tolist, slicing, item and slice assignment, attributes, comparison, hash
try:
    from array import array
except ImportError:
    print("SKIP")
    raise SystemExit
a = array('h', [1, -2, 3, 30000])
m = memoryview(a)
print(m[0], m[1], m[-1], list(m), m.tolist(), len(m), m.itemsize, m.format, m.nbytes, m.strides, m.shape, m.readonly, m.contiguous)
s = m[1:3]
print(s.tolist(), s.format, s.itemsize, s.nbytes, len(s), m[::2].tolist(), m[::-1].tolist(), m[::-2].tolist(), m[::2].strides, m[5:].tolist())
m[0] = -32768
m[-1] = 32767
print(a, m[::2].contiguous)
for bad in [32768, -32769, 1.5, "x", None]:
    try:
        m[1] = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
m[1:3] = array('h', [7, 8])
print(a)
for src in [b'ab', array('i', [1, 2]), array('h', [1])]:
    try:
        m[1:3] = src
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
m[::-3] = array('h', [100, 200])
print(a, bytes(m[:1]), m.tobytes()[:2], m.hex()[:4])
d = memoryview(array('d', [1.5, -2.25]))
d[0] = 3
d[1] = 0.1
print(d.tolist(), d[1], d.itemsize, d.format, d.nbytes)
try:
    d[0] = "x"
except TypeError as e:
    print("TypeError", e)
f = memoryview(array('f', [0.1]))
print(f[0], f.itemsize)
b = bytearray(b'\x01\x00\x02\x00\xff\xff')
c = memoryview(b).cast('h')
print(c.tolist(), c.format, len(c), c.nbytes, c.cast('B').tolist(), memoryview(b).cast('b').tolist())
c[2] = 5
print(b)
for fmt, v in [('i', memoryview(b'abc')), ('i', memoryview(array('h', [1, 2]))), ('x', memoryview(b'ab')), ('h', memoryview(b'abcd')[::2])]:
    try:
        print(v.cast(fmt).tolist())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(m == memoryview(array('i', a.tolist())), m == a, m == b'\x01', memoryview(b'ab') == b'ab', memoryview(array('b', [1])) == b'\x01')
print(hash(memoryview(b'ab')) == hash(b'ab'))
try:
    hash(memoryview(bytes(array('h', [1]))).cast('h'))
except ValueError as e:
    print("ValueError", e)
ub = memoryview(array('B', [1, 255]))
print(ub.tolist(), ub.format, memoryview(array('b', [-1, 5])).tolist(), memoryview(array('Q', [2**64 - 1]))[0], memoryview(array('q', [-2**63]))[0])
lm = memoryview(array('l', [1, -1]))
print(lm.tolist(), lm.format, lm.itemsize == array('l').itemsize)
