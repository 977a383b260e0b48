# krait-exp: hand-written (uctypes is MicroPython-only; the test checks itself against a struct-module model)
# Random scalar and bitfield fields are written through uctypes and the buffer is
# compared with what struct.pack_into and plain integer arithmetic produce.
import uctypes, struct, random

random.seed(7)
SCALARS = [("UINT8", "B", 1), ("INT8", "b", 1), ("UINT16", "H", 2), ("INT16", "h", 2),
           ("UINT32", "I", 4), ("INT32", "i", 4), ("UINT64", "Q", 8), ("INT64", "q", 8)]
BITF = [("BFUINT8", 1, False), ("BFINT8", 1, True), ("BFUINT16", 2, False), ("BFINT16", 2, True),
        ("BFUINT32", 4, False), ("BFINT32", 4, True)]

def wrap(v, bits, signed):
    v &= (1 << bits) - 1
    if signed and v >> (bits - 1):
        v -= 1 << bits
    return v

ok = 0
bad = 0
for layout, pfx in ((uctypes.LITTLE_ENDIAN, "<"), (uctypes.BIG_ENDIAN, ">")):
    for trial in range(150):
        name, code, size = SCALARS[random.getrandbits(3)]
        off = random.randrange(0, 24 - size)
        val = random.randrange(-(1 << 70), 1 << 70)
        buf = bytearray(24)
        model = bytearray(24)
        s = uctypes.struct(buf, {"f": off | getattr(uctypes, name)}, layout)
        s.f = val
        struct.pack_into(pfx + code, model, off, wrap(val, size * 8, code.islower()))
        if buf == model and s.f == wrap(val, size * 8, code.islower()):
            ok += 1
        else:
            bad += 1
            print("mismatch", name, off, val, buf, model)
    for trial in range(150):
        name, size, signed = BITF[random.randrange(len(BITF))]
        bits = size * 8
        ln = random.randrange(1, min(bits, 31) + 1)
        pos = random.randrange(0, bits - ln + 1)
        off = random.randrange(0, 8)
        init = bytes(random.getrandbits(8) for i in range(16))
        buf = bytearray(init)
        val = random.randrange(-1000000, 1000000)
        d = {"b": off | getattr(uctypes, name) | pos << uctypes.BF_POS | ln << uctypes.BF_LEN}
        s = uctypes.struct(buf, d, layout)
        s.b = val
        fmt = pfx + {1: "B", 2: "H", 4: "I"}[size]
        word = struct.unpack_from(fmt, init, off)[0]
        mask = ((1 << ln) - 1) << pos
        word = (word & ~mask) | ((val << pos) & mask)
        model = bytearray(init)
        struct.pack_into(fmt, model, off, word)
        if buf == model and s.b == wrap(val, ln, signed):
            ok += 1
        else:
            bad += 1
            print("bf mismatch", name, pos, ln, off, val, buf, model, s.b)
print("ok", ok, "bad", bad)

# floats: FLOAT32/FLOAT64 agree with struct's f/d
buf = bytearray(12)
s = uctypes.struct(buf, {"f": 0 | uctypes.FLOAT32, "d": 4 | uctypes.FLOAT64}, uctypes.BIG_ENDIAN)
s.f = 0.1
s.d = 1e300
print(buf == struct.pack(">fd", 0.1, 1e300), s.f == struct.unpack(">f", struct.pack(">f", 0.1))[0], s.d)
