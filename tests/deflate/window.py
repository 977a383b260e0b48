# krait-exp: hand-written (MicroPython's window limit: CPython's zlib accepts distances beyond the window it was given)
# The decompression window: 2**wbits bytes for RAW (256 when wbits is 0), the zlib
# header's size (or a larger wbits given), 32 KiB for gzip; a back-reference beyond it
# is an OSError. Compressed with a window of 2**wbits, references stay within it.
import io
try:
    import deflate
except ImportError:
    print("SKIP")
    raise SystemExit


def lcg_bytes(n, seed):
    out = bytearray(n)
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        out[i] = (x >> 16) & 0xff
    return bytes(out)


def compress(data, fmt, wbits):
    out = io.BytesIO()
    with deflate.DeflateIO(out, fmt, wbits) as d:
        d.write(data)
    return out.getvalue()


def inflate(comp, fmt, wbits):
    try:
        return deflate.DeflateIO(io.BytesIO(comp), fmt, wbits).read() == DATA
    except OSError as e:
        return "OSError %d" % e.args[0]


DATA = lcg_bytes(1000, 3) * 2          # the second half repeats the first, 1000 bytes back
for wbits in (8, 9, 10, 15):
    comp = compress(DATA, deflate.RAW, wbits)
    print("raw made with", wbits, len(comp) < 1500, [inflate(comp, deflate.RAW, w) for w in (0, 8, 9, 10, 15)])

comp = compress(DATA, deflate.ZLIB, 10)
print("zlib header", hex(comp[0]), inflate(comp, deflate.ZLIB, 0), inflate(comp, deflate.AUTO, 9))
# the same stream under a header claiming a 256-byte window
cmf = 0x08
flg = 31 - (cmf << 8) % 31
small = bytes([cmf, flg]) + comp[2:]
print("zlib 256 header", inflate(small, deflate.ZLIB, 0), inflate(small, deflate.ZLIB, 10), inflate(small, deflate.ZLIB, 15))
comp = compress(DATA, deflate.GZIP, 15)
print("gzip", inflate(comp, deflate.GZIP, 0), inflate(comp, deflate.GZIP, 8))
