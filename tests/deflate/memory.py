# krait-exp: hand-written (fills Krait's fixed GC heap: the buffers of a DeflateIO are GC blocks)
# With the heap full, a 32 KiB window (compressing: window, hash chains) cannot be had:
# MemoryError, not a crash; once memory is freed the same calls work.
import gc
import io
try:
    import deflate
except ImportError:
    print("SKIP")
    raise SystemExit


def fill():
    # a chain of (chunk, rest) pairs: no container has to grow while memory runs out
    hog = None
    for size in (65536, 8192, 1024, 128, 16):
        try:
            while True:
                hog = (bytearray(size), hog)
        except MemoryError:
            pass
    return hog


# (made by zlib: nothing big is allocated, and left as garbage, before the heap is filled)
comp = bytes.fromhex("1f8b0800000000000203edc7b10900200c00b057fa5a41e9a414fa3ff88027245ba6f344de15bb6a62ccccccccccccccccccccccccccecb3070f327327581b0000")

reserve = bytearray(4096)
results = ["compress ok", "decompress ok"]   # (no list growth while the heap is full)
hog = fill()
try:
    deflate.DeflateIO(io.BytesIO(), deflate.ZLIB, 15).write(b"x")
except MemoryError:
    results[0] = "compress MemoryError"
hog2 = fill()   # (what the failed attempt allocated is garbage now)
reserve = None  # room for the small objects, not for the window
try:
    deflate.DeflateIO(io.BytesIO(comp), deflate.GZIP).read(10)
except MemoryError:
    results[1] = "decompress MemoryError"
hog = hog2 = None
gc.collect()
print(results)

out = io.BytesIO()
with deflate.DeflateIO(out, deflate.ZLIB, 15) as d:
    d.write(b"x" * 1000)
print("after freeing:", deflate.DeflateIO(io.BytesIO(out.getvalue())).read() == b"x" * 1000,
      deflate.DeflateIO(io.BytesIO(comp), deflate.GZIP).read() == b"spam and eggs " * 500)
