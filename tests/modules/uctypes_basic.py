# krait-exp: hand-written (uctypes is MicroPython-only; each value checked by hand against the layouts)
import uctypes
print(uctypes.sizeof({"a": 0 | uctypes.UINT8, "b": 4 | uctypes.UINT32}))
print(uctypes.sizeof({"a": 0 | uctypes.UINT32, "b": 4 | uctypes.UINT8}))
print(uctypes.sizeof({"a": 0 | uctypes.UINT32, "b": 4 | uctypes.UINT8}, uctypes.LITTLE_ENDIAN))
buf = bytearray(16)
d = {"u8": 0 | uctypes.UINT8, "i8": 1 | uctypes.INT8, "u16": 2 | uctypes.UINT16, "i32": 4 | uctypes.INT32,
     "u64": 8 | uctypes.UINT64}
s = uctypes.struct(buf, d, uctypes.LITTLE_ENDIAN)
s.u8 = 300; s.i8 = 200; s.u16 = -1; s.i32 = 0x80000000; s.u64 = -2
print(buf)
print(s.u8, s.i8, s.u16, s.i32, s.u64)
b = uctypes.struct(buf, d, uctypes.BIG_ENDIAN)
print(b.u16, b.i32, b.u64)
a = {"arr": (uctypes.ARRAY | 0, uctypes.UINT16 | 4), "sub": (8, {"x": 0 | uctypes.UINT8, "y": 1 | uctypes.UINT8}),
     "sa": (uctypes.ARRAY | 10, 3, {"p": 0 | uctypes.UINT8, "q": 1 | uctypes.INT8}),
     "bf": 0 | uctypes.BFUINT16 | 4 << uctypes.BF_POS | 5 << uctypes.BF_LEN,
     "sbf": 0 | uctypes.BFINT8 | 0 << uctypes.BF_POS | 3 << uctypes.BF_LEN}
buf = bytearray(16)
s = uctypes.struct(buf, a, uctypes.LITTLE_ENDIAN)
s.arr[1] = 0x1234
s.sub.y = 7
s.sa[2].q = -1
print(buf, len(s.arr), s.arr[1], s.sub.y, s.sa[2].q, s.sa[2].p)
s.bf = 0x1f
print(buf[:2], s.bf, s.sbf)
s.sbf = 5
print(buf[:2], s.bf, s.sbf)
print(uctypes.sizeof(a, uctypes.LITTLE_ENDIAN), uctypes.sizeof(s), uctypes.sizeof(s.arr), uctypes.sizeof(s.sub))
try:
    s.arr[4]
except IndexError as e:
    print("IndexError", e)
f = uctypes.struct(bytearray(12), {"f": 0 | uctypes.FLOAT32, "d": 4 | uctypes.FLOAT64})
f.f = 1.5; f.d = -2.25
print(f.f, f.d)
t = bytearray(8)
p = bytearray(16)
ps = uctypes.struct(p, {"ptr": (uctypes.PTR | 0, uctypes.UINT8), "sp": (uctypes.PTR | 8, {"w": 0 | uctypes.UINT16})})
ps.ptr = uctypes.addressof(t)
ps.sp = uctypes.addressof(t)
ps.ptr[3] = 9
ps.sp[0].w = 0x0102
print(t, ps.ptr[3], ps.sp[0].w)
print(uctypes.bytes_at(uctypes.addressof(t), 4))
ba = uctypes.bytearray_at(uctypes.addressof(t), 4)
ba[0] = 0xff
print(ba, t)
for bad in [{"x": "s"}, {"x": (1, 2, 3, 4)}, {"x": (uctypes.ARRAY | 0,)}, {"x": (0, 5)}, 5]:
    try:
        print(uctypes.sizeof(bad))
    except Exception as e:
        print(type(e).__name__, e)
dd = {}
dd["me"] = (0, dd)
try:
    print(uctypes.sizeof(dd))
except Exception as e:
    print(type(e).__name__, e)
small = uctypes.struct(bytearray(2), {"x": 0 | uctypes.UINT32})
try:
    small.x
except Exception as e:
    print(type(e).__name__, e)
ro = uctypes.struct(b"\x01\x02", {"x": 0 | uctypes.UINT16}, uctypes.BIG_ENDIAN)
print(ro.x)
try:
    ro.x = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    s.nope
except AttributeError as e:
    print("AttributeError")
print(bytes(s.sub))
buf = bytearray(b"abcdefgh")
s = uctypes.struct(buf, {"a": (uctypes.ARRAY | 1, uctypes.UINT8 | 6), "w": (uctypes.ARRAY | 0, uctypes.UINT16 | 4)}, uctypes.LITTLE_ENDIAN)
x = s.a[1:4]
print(bytes(x), len(x))
x[0] = 0x43
print(buf, bytes(s.a[:]), bytes(s.w[1:2]), bytes(s.a[-2:]))
ra = uctypes.struct(uctypes.addressof(buf), {"a": (uctypes.ARRAY | 0, uctypes.UINT8 | 8)})
print(ra.a[2:5])
try:
    s.a[::2]
except NotImplementedError as e:
    print("NotImplementedError", e)
r = uctypes.struct(b"xyz", {"a": (uctypes.ARRAY | 0, uctypes.UINT8 | 3)})
print(bytes(r.a[0:2]))
try:
    r.a[0:2][0] = 1
except TypeError:
    print('TypeError')
