# Compress with DeflateIO.write and read back with DeflateIO.read in every format and
# window size: empty, one byte, text, runs, 100 KB, seeded pseudo-random (incompressible)
# bytes, written whole or in small pieces; checks sizes stay sane for repetitive data.
try:
    import deflate
except ImportError:
    import _deflate_shim as deflate
import io


def lcg_bytes(n, seed):
    out = bytearray(n)
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        out[i] = (x >> 16) & 0xff
    return bytes(out)


def checksum(b):
    s = 0
    for i in range(0, len(b), 97):
        s = (s * 31 + b[i]) & 0xffffff
    return s


def compress(data, fmt, wbits, piece):
    out = io.BytesIO()
    d = deflate.DeflateIO(out, fmt, wbits)
    if piece == 0:
        print_n = d.write(data)
        assert print_n == len(data)
    else:
        for i in range(0, len(data), piece):
            d.write(data[i:i + piece])
        if not data:
            d.write(data)
    d.close()
    return out.getvalue()


def decompress(comp, fmt, wbits):
    if fmt == deflate.AUTO:
        fmt = deflate.RAW   # AUTO writes raw deflate
    return deflate.DeflateIO(io.BytesIO(comp), fmt, wbits).read()


TEXT = b"".join(b"%d little pigs went to market, %d came home\n" % (i, i % 7) for i in range(400))
SETS = [
    ("empty", b""),
    ("one", b"Z"),
    ("two", b"\x00\xff"),
    ("text", TEXT),
    ("runs", b"a" * 5000 + b"b" * 3 + b"a" * 5000),
    ("random", lcg_bytes(3000, 42)),
    ("all bytes", bytes(range(256)) * 4),
]
for name, data in SETS:
    for fmt in (deflate.AUTO, deflate.RAW, deflate.ZLIB, deflate.GZIP):
        results = []
        for wbits in (0, 5, 8, 10, 15):
            for piece in (0, 1, 100):
                if piece == 1 and len(data) > 400:
                    continue
                comp = compress(data, fmt, wbits, piece)
                back = decompress(comp, fmt, wbits)
                results.append(back == data)
        print(name, fmt, len(data), all(results), len(results))

big = lcg_bytes(100000, 7)
for fmt in (deflate.RAW, deflate.ZLIB, deflate.GZIP):
    comp = compress(big, fmt, 15, 4096)
    back = decompress(comp, fmt, 15)
    print("random 100K", fmt, len(back), back == big, checksum(back), len(comp) < len(big) * 9 // 8 + 64)

rep = b"0123456789abcdef" * 6400
for fmt in (deflate.RAW, deflate.ZLIB, deflate.GZIP):
    for wbits in (0, 9, 15):
        comp = compress(rep, fmt, wbits, 1000)
        back = decompress(comp, fmt, wbits)
        print("repetitive 100K", fmt, wbits, back == rep, len(comp) < 2000)

# the compressed stream of a long text decompresses with the right window
comp = compress(TEXT * 3, deflate.ZLIB, 12, 0)
print("zlib header window", comp[0] >> 4, decompress(comp, deflate.ZLIB, 0) == TEXT * 3)
comp = compress(b"", deflate.GZIP, 0, 0)
print("gzip empty", comp[:3], len(comp) > 18)
