# DeflateIO errors: bad arguments (ValueError), bad headers, corrupt blocks and wrong
# checksums (OSError 22), streams that end early (EOFError: every truncation of a zlib,
# gzip and raw stream), what follows an error, and use after close.
try:
    import deflate
except ImportError:
    import _deflate_shim as deflate
import io


def show(label, f):
    try:
        r = f()
        print(label, "->", r)
    except OSError as e:
        print(label, "OSError", e.args[0])
    except Exception as e:
        print(label, type(e).__name__)


def inflate(data, fmt=deflate.AUTO, wbits=0):
    return deflate.DeflateIO(io.BytesIO(data), fmt, wbits).read()


h = bytes.fromhex
ZSMALL = h("78da4b4c2a4a4c4e4c4904520a8924b24b32521552f3520054f718dd")
GSMALL = h("1f8b08000000000002034b4c2a4a4c4e4c4904520a8924b24b32521552f35200f86607b843000000")
RSMALL = ZSMALL[2:-4]
TEXT = b"abracadabra " * 5 + b"the end"

# arguments
s = io.BytesIO()
show("format 4", lambda: deflate.DeflateIO(s, 4))
show("format -1", lambda: deflate.DeflateIO(s, -1))
show("wbits 4", lambda: deflate.DeflateIO(s, 0, 4))
show("wbits 16", lambda: deflate.DeflateIO(s, 0, 16))
show("wbits -8", lambda: deflate.DeflateIO(s, 0, -8))
show("wbits 5", lambda: deflate.DeflateIO(s, 0, 5) is not None)
show("keyword", lambda: deflate.DeflateIO(s, format=1))
show("no stream", lambda: deflate.DeflateIO())
show("constants", lambda: (deflate.AUTO, deflate.RAW, deflate.ZLIB, deflate.GZIP))
show("good", lambda: (inflate(ZSMALL) == TEXT, inflate(GSMALL) == TEXT, inflate(RSMALL, deflate.RAW) == TEXT))

# headers
show("zlib method 9", lambda: inflate(h("799c") + ZSMALL[2:]))
show("zlib bad check", lambda: inflate(h("78db") + ZSMALL[2:]))
show("zlib window 64K", lambda: inflate(bytes([0x88, 0x1c]) + ZSMALL[2:]))   # (0x881c % 31 == 0)
show("zlib dictionary", lambda: inflate(bytes([0x78, 0xbb]) + ZSMALL[2:]))   # FDICT set, valid check
show("zlib as gzip", lambda: inflate(ZSMALL, deflate.GZIP))
show("gzip as zlib", lambda: inflate(GSMALL, deflate.ZLIB))
show("raw as auto", lambda: inflate(RSMALL))
show("gzip method 7", lambda: inflate(GSMALL[:2] + b"\x07" + GSMALL[3:]))
show("gzip magic", lambda: inflate(b"\x1f\x8c" + GSMALL[2:], deflate.GZIP))
show("gzip reserved flag", lambda: inflate(GSMALL[:3] + b"\x20" + GSMALL[4:]))
show("empty zlib", lambda: inflate(b"", deflate.ZLIB))
show("empty raw", lambda: inflate(b"", deflate.RAW))
show("one byte", lambda: inflate(b"\x78"))

# corrupt data (raw deflate)
show("block type 3", lambda: inflate(h("070000"), deflate.RAW))
show("stored nlen", lambda: inflate(h("010500fbff68656c6c6f"), deflate.RAW))
show("stored ok", lambda: inflate(h("010500faff68656c6c6f"), deflate.RAW))
show("too far back", lambda: inflate(h("4b044200"), deflate.RAW))
show("near", lambda: inflate(h("4b040200"), deflate.RAW))
show("length code 286", lambda: inflate(h("4b1c0300"), deflate.RAW))
show("distance code 30", lambda: inflate(h("4b043e00"), deflate.RAW))
show("too many codes", lambda: inflate(h("f500000000000000"), deflate.RAW))
show("oversubscribed", lambda: inflate(h("050092040000000000"), deflate.RAW))
show("repeat first", lambda: inflate(h("050002240000"), deflate.RAW))

# checksums
show("adler32", lambda: inflate(ZSMALL[:-1] + bytes([ZSMALL[-1] ^ 1])))
show("crc32", lambda: inflate(GSMALL[:-8] + bytes([GSMALL[-8] ^ 0x80]) + GSMALL[-7:]))
show("isize", lambda: inflate(GSMALL[:-4] + b"\x44\x00\x00\x00"))
show("data bit", lambda: inflate(ZSMALL[:10] + bytes([ZSMALL[10] ^ 4]) + ZSMALL[11:]))

# every truncation ends in EOFError
for name, comp, fmt in (("zlib", ZSMALL, deflate.ZLIB), ("gzip", GSMALL, deflate.GZIP),
                        ("raw", RSMALL, deflate.RAW), ("auto", GSMALL, deflate.AUTO)):
    kinds = []
    for n in range(len(comp)):
        try:
            inflate(comp[:n], fmt)
            kinds.append("none")
        except Exception as e:
            kinds.append(type(e).__name__)
    print("truncated", name, len(comp), kinds == ["EOFError"] * len(comp))

# reading on after an error
d = deflate.DeflateIO(io.BytesIO(ZSMALL[:12]))
show("first", lambda: d.read())
show("again", lambda: d.read())
d = deflate.DeflateIO(io.BytesIO(h("799c") + ZSMALL[2:]))
show("bad header", lambda: d.read(1))
show("bad header again", lambda: d.read(1))

# closing
src = io.BytesIO(ZSMALL)
d = deflate.DeflateIO(src)
show("read 5", lambda: d.read(5))
show("close", lambda: d.close())
show("close again", lambda: d.close())
show("read closed", lambda: d.read())
show("readline closed", lambda: d.readline())
show("readinto closed", lambda: d.readinto(bytearray(4)))
show("write closed", lambda: d.write(b"x"))
show("source open", lambda: src.closed)
src = io.BytesIO(ZSMALL)
d = deflate.DeflateIO(src, deflate.ZLIB, 0, True)
show("close=True", lambda: (d.read() == TEXT, d.close(), src.closed))
out = io.BytesIO()
with deflate.DeflateIO(out, deflate.GZIP, 0, False) as d:
    d.write(b"in a with block")
show("with", lambda: (out.closed, inflate(out.getvalue())))
show("write str", lambda: deflate.DeflateIO(io.BytesIO()).write("text"))
