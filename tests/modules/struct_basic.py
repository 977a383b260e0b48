import struct

print(struct.calcsize("<bhilqBHILQ"))
print(struct.calcsize(">ffdd"), struct.calcsize("!e"), struct.calcsize("5s3p2x"))
print(struct.calcsize("<i i"), struct.calcsize(""), struct.calcsize("0s"))
print(struct.calcsize("@bi") == struct.calcsize("@i") * 2)

for fmt in ("<", ">", "!", "="):
    b = struct.pack(fmt + "bBhHiIqQ", -1, 255, -2, 65535, -3, 2**32 - 1, -4, 2**64 - 1)
    print(fmt, b, struct.unpack(fmt + "bBhHiIqQ", b))
    b = struct.pack(fmt + "lL", -2**31, 2**31)
    print(fmt, b, struct.unpack(fmt + "lL", b))

print(struct.pack("<fde", 1.5, -2.25, 0.5))
print(struct.unpack("<fde", struct.pack("<fde", 1.5, -2.25, 0.5)))
print(struct.pack(">fde", 1.5, -2.25, 0.5))
print(struct.pack("<e", 65504.0), struct.pack("<e", 65519.0), struct.pack("<e", 6e-8), struct.pack("<e", 1e-9))
print(struct.unpack("<e", b"\x01\x00")[0] == 2**-24, struct.unpack("<e", b"\xff\x7b"), struct.unpack("<e", b"\x00\xfc"))
print(struct.pack("<e", float("inf")), struct.pack("<e", -0.0), struct.pack("<d", 1e300))
print(struct.pack("<f", 0.1), struct.unpack("<f", struct.pack("<f", 0.1)))
print(struct.pack("<e", 1.00048828125), struct.pack("<e", 1.00146484375))

print(struct.pack("3s", b"abcdef"), struct.pack("5s", b"ab"), struct.pack("0s", b"x"))
print(struct.pack("3p", b"abcdef"), struct.unpack("3p", b"\x05ab"), struct.pack("p", b"abc"))
print(struct.unpack("<2c3x?", b"ab\0\0\0\x05"), struct.pack("<c?", b"z", []))
print(struct.pack("s", bytearray(b"q")))
print(struct.pack("2i", 1, 2) == struct.pack("ii", 1, 2))
print(struct.unpack("<4B", bytearray(b"\x01\x02\x03\x04")))
print(struct.unpack("<H", memoryview(b"\x01\x02")))

class Idx:
    def __index__(self):
        return 7
print(struct.pack("<i", Idx()), struct.pack("<i", True), struct.pack("<d", 3))

buf = bytearray(10)
struct.pack_into("<hi", buf, 2, 0x102, -1)
print(buf)
struct.pack_into("<b", buf, -1, 9)
print(buf)
print(struct.unpack_from("<i", buf, 4), struct.unpack_from("<B", buf, -1), struct.unpack_from("<h", buf))
print(struct.unpack_from("<h", buffer=buf, offset=2))

# native mode: sizes and alignment follow the C compiler
print(len(struct.pack("@bi", 1, 2)) == struct.calcsize("@bi"))
print(struct.unpack("@iq", struct.pack("@iq", 5, 6)))
print(struct.unpack("@P", struct.pack("@P", 1234)))
print(struct.unpack("nN", struct.pack("nN", -5, 5)))
