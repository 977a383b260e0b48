from array import array

a = array("i", [1, 2, 3])
print(a, len(a), a[0], a[-1], a.typecode, a.itemsize, list(a), a.tolist())
print(array("b"), array("d", [1, 2.5]), array("f", [1.5]), array("B", b"\x01\x02"), array("h", range(3)))
print(array("d", [0.1, float("inf")]), array("f", [0.1])[0], array("d", array("i", [1, 2])))
for tc in "bBhHiIqQfd":
    x = array(tc, [1, 2, 3])
    print(tc, x, x.itemsize, sum(x), bytes(x)[:x.itemsize])
print(array("l").itemsize == array("L").itemsize, array("q").itemsize)
a.append(4)
a.extend([5, 6])
a.extend(array("i", [7]))
a.insert(0, 0)
a.insert(-1, 66)
a.insert(100, 8)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(2)
print(a, a.index(3), a.count(3), 3 in a, 99 in a)
a.reverse()
print(a)
print(a[1:3], a[::-1], a[::2], a[5:1], a[-2:])
a[0] = 100
a[-1] = -100
print(a)
a[1:3] = array("i", [9, 9, 9])
print(a)
a[::2] = array("i", [0] * len(a[::2]))
print(a)
del a[0]
print(a)
del a[::2]
print(a)
del a[1:]
print(a)
b = array("h", [1, -1, 256])
print(b.tobytes(), bytes(b), bytearray(b), len(memoryview(b).tobytes()))
b.byteswap()
print(b)
c = array("h")
c.frombytes(b"\x01\x00\x02\x00")
c.fromlist([3, 4])
print(c, c + array("h", [5]), c * 2, 2 * c, c * 0)
c += array("h", [7])
c *= 2
print(c)
print(array("i", [1, 2]) == array("i", [1, 2]), array("i", [1, 2]) == array("d", [1.0, 2.0]),
      array("i", [1, 2]) < array("i", [1, 3]), array("i", [1]) != [1], array("i", [1]) == [1])
print([x * 2 for x in array("B", [1, 2, 3])])
d = array("d", [1.5, 2.5])
print(struct_like := bytes(d) == d.tobytes())
print(array("i", b"\x01\x00\x00\x00\x02\x00\x00\x00"))

def t(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

for tc, vals in [("b", [128, -129]), ("B", [256, -1]), ("h", [2**15, -2**15 - 1]), ("H", [2**16, -1]),
                 ("i", [2**31, -2**31 - 1]), ("I", [2**32, -1]), ("q", [2**63, -2**63 - 1]), ("Q", [2**64, -1])]:
    for v in vals:
        t(array, tc, [v])
t(array, "b", [127, -128])
t(array, "Q", [2**64 - 1])
t(array, "i", [1.5])
t(array, "f", ["a"])
t(array, "z")
t(array, "i", "ab")
t(array, "i", b"abc")
t(array, "i", 5)
t(array)
x = array("i", [1, 2, 3])
t(lambda: x[5])
t(x.insert, 0, "x")
t(x.extend, array("h", [1]))
def setslice(v):
    x[0:2] = v
def setitem(i, v):
    x[i] = v
t(setitem, 0, "x")
t(setitem, 7, 1)
t(setslice, [1, 2])
t(setslice, array("h", [1]))
t(x.index, 9)
t(x.remove, 9)
t(array("i").pop)
t(lambda: x["x"])
t(lambda: x + [1])
t(lambda: x + array("h"))
t(x.frombytes, b"123")
t(x.fromlist, (1,))
t(x.fromlist, [1, "a"])
print(x)
