import struct

def t(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)

print(struct.error.__name__, issubclass(struct.error, Exception))
for fmt, v in [("<b", 200), ("<B", 300), ("<B", -1), ("<h", 70000), ("<H", -1), ("<i", 2**40), ("<I", 2**33),
               ("<I", -1), ("<l", 2**40), ("<L", -1), ("<q", 2**70), ("<Q", -1), ("<Q", 2**64), ("b", -200),
               ("<h", "x"), ("<i", 1.0), ("<f", "1"), ("<d", None), ("<f", 1e300), ("<e", 1e10), ("<e", 65520.0),
               ("c", b"ab"), ("c", "a"), ("s", 1), ("s", "ab"), ("<x", 1)]:
    t(struct.pack, fmt, v)
for fmt in ["3", "z", "<n", "<N", "<P", "4x2", "<>", "i@", 12]:
    t(struct.calcsize, fmt)
t(struct.pack, "ii", 1)
t(struct.pack, "i", 1, 2)
t(struct.unpack, "ii", b"1")
t(struct.unpack, "i", b"123456")
t(struct.unpack, "i", 1)
t(struct.unpack, "i", "abcd")
t(struct.unpack_from, "i", b"123456", 4)
t(struct.unpack_from, "i", b"123456", -10)
t(struct.unpack_from, "i", b"123456", 10)
t(struct.pack_into, "i", bytearray(8), 6, 1)
t(struct.pack_into, "i", bytearray(8), -10, 1)
t(struct.pack_into, "i", b"12345678", 0, 1)
t(struct.pack, 1)
buf = bytearray(4)
t(struct.pack_into, "<hh", buf, 0, 1, 1 << 20)
print(buf)
try:
    raise struct.error("custom")
except struct.error as e:
    print("caught", e, e.args)
