# krait-exp: hand-written (drives Krait and the host's zlib: each side decompresses the other's streams)
"""deflate interop with CPython's zlib: streams zlib makes (levels 0-9, strategies
filtered/Huffman-only/RLE/fixed, raw, zlib and gzip framing, dynamic Huffman blocks, odd
window sizes) decompress in Krait's deflate.DeflateIO; streams Krait compresses (every
format and wbits) decompress in zlib to the same bytes. Data: empty, one byte, text,
runs, seeded random bytes, mixtures up to 300 KB."""
import os
import random
import subprocess
import sys
import tempfile
import zlib

KRAIT = sys.argv[1:]
FMT_WBITS = {"RAW": -15, "ZLIB": 15, "GZIP": 31}


def datasets():
    rng = random.Random(2024)
    text = b"".join(b"line %d: the quick brown fox jumps over the lazy dog %d\n" % (i, i * i % 97)
                    for i in range(3000))
    noise = bytes(rng.getrandbits(8) for _ in range(70000))
    mix = b"".join(noise[i:i + rng.randint(1, 300)] + text[i:i + rng.randint(1, 2000)]
                   for i in range(0, 60000, 1500))
    small_alpha = bytes(rng.choice(b"ab") for _ in range(20000))
    return [("empty", b""), ("one", b"x"), ("text", text), ("runs", b"\x00" * 100000 + b"\xff" * 777),
            ("noise", noise), ("mix", mix), ("alpha2", small_alpha), ("big", (text + noise) * 2)]


def zlib_streams(sets):
    out = []
    for name, data in sets:
        for fmt, wb in FMT_WBITS.items():
            for level, strategy, wbits in ((0, 0, 15), (1, 0, 15), (6, 0, 15), (9, 0, 15),
                                           (6, zlib.Z_FILTERED, 15), (6, zlib.Z_HUFFMAN_ONLY, 15),
                                           (6, zlib.Z_RLE, 15), (6, zlib.Z_FIXED, 15), (9, 0, 9)):
                if name == "big" and (level, strategy, wbits) not in ((6, 0, 15), (1, 0, 15)):
                    continue
                w = wbits if wb > 0 else -wbits
                if fmt == "GZIP":
                    w = 16 + wbits
                c = zlib.compressobj(level, zlib.DEFLATED, w, 8, strategy)
                out.append(("%s %s l%d s%d w%d" % (name, fmt, level, strategy, wbits), fmt, wbits,
                            c.compress(data) + c.flush(), data))
    return out


KRAIT_INFLATE = '''
import deflate, binascii, io
for line in open('list.txt'):
    path, fmt, wbits = line.split()
    with open(path, 'rb') as f:
        # (a file is read a byte at a time: most streams come from memory, to be quick)
        if f.read(1) and int(path[1:]) % 10:
            f.seek(0)
            f = io.BytesIO(f.read())
        f.seek(0)
        d = deflate.DeflateIO(f, getattr(deflate, fmt), int(wbits))
        total = 0
        crc = 0
        while True:
            b = d.read(4096)
            if not b:
                break
            total += len(b)
            crc = binascii.crc32(b, crc)
        print(path, total, crc)
'''

KRAIT_DEFLATE = '''
import deflate
for line in open('list.txt'):
    src, dst, fmt, wbits, chunk = line.split()
    with open(src, 'rb') as f:
        data = f.read()
    chunk = int(chunk)
    with open(dst, 'wb') as out:
        with deflate.DeflateIO(out, getattr(deflate, fmt), int(wbits)) as d:
            for i in range(0, max(len(data), 1), chunk):
                d.write(data[i:i + chunk])
    print(dst)
'''


def run_krait(tmp, script):
    path = os.path.join(tmp, "script.py")
    with open(path, "w") as f:
        f.write(script)
    p = subprocess.run(KRAIT + [path], capture_output=True, timeout=600, cwd=tmp)
    if p.returncode != 0:
        print("krait failed:", p.stderr.decode(errors="replace")[-500:])
        return None
    return p.stdout.decode().split("\n")


def zlib_to_krait(tmp, sets):
    streams = zlib_streams(sets)
    with open(os.path.join(tmp, "list.txt"), "w") as lst:
        for i, (label, fmt, wbits, comp, data) in enumerate(streams):
            with open(os.path.join(tmp, "z%d" % i), "wb") as f:
                f.write(comp)
            lst.write("z%d %s %d\n" % (i, fmt, 0 if fmt != "RAW" else wbits))
    lines = run_krait(tmp, KRAIT_INFLATE)
    if lines is None:
        return
    got = {}
    for line in lines:
        if line:
            path, n, crc = line.split()
            got[path] = (int(n), int(crc))
    bad = [label for i, (label, fmt, wbits, comp, data) in enumerate(streams)
           if got.get("z%d" % i) != (len(data), zlib.crc32(data))]
    print("zlib->krait %d streams" % len(streams), "ok" if not bad else "FAIL %s" % bad[:5])


def krait_to_zlib(tmp, sets):
    jobs = []
    for name, data in sets:
        with open(os.path.join(tmp, "d_" + name), "wb") as f:
            f.write(data)
        for fmt in ("RAW", "ZLIB", "GZIP", "AUTO"):
            for wbits in ((0, 5, 8, 9, 12, 15) if name != "big" else (0, 15)):
                chunk = 1 if name == "one" else (7 if len(jobs) % 3 == 0 else 4096)
                if name in ("text", "mix") and wbits == 12:
                    chunk = 1
                jobs.append((name, fmt, wbits, chunk, data))
    with open(os.path.join(tmp, "list.txt"), "w") as lst:
        for i, (name, fmt, wbits, chunk, data) in enumerate(jobs):
            lst.write("d_%s k%d %s %d %d\n" % (name, i, fmt, wbits, chunk))
    if run_krait(tmp, KRAIT_DEFLATE) is None:
        return
    bad = []
    for i, (name, fmt, wbits, chunk, data) in enumerate(jobs):
        with open(os.path.join(tmp, "k%d" % i), "rb") as f:
            comp = f.read()
        try:
            d = zlib.decompressobj(FMT_WBITS.get(fmt, -15))
            back = d.decompress(comp) + d.flush()
            ok = back == data and d.eof and not d.unused_data
        except zlib.error as e:
            ok = False
        if not ok:
            bad.append("%s %s w%d" % (name, fmt, wbits))
        if name == "runs" and fmt == "RAW" and wbits == 15 and len(comp) > len(data) // 50:
            bad.append("runs compress poorly: %d bytes" % len(comp))
        if name == "noise" and fmt == "RAW" and wbits == 0 and len(comp) > len(data) * 9 // 8 + 16:
            bad.append("noise expands too much: %d bytes" % len(comp))
    print("krait->zlib %d streams" % len(jobs), "ok" if not bad else "FAIL %s" % bad[:5])


def main():
    if not KRAIT:
        sys.exit("usage: deflate_zlib_interop.py KRAIT-COMMAND...")
    probe = subprocess.run(KRAIT + ["-c", "import deflate"], capture_output=True)
    if probe.returncode != 0:
        print("SKIP")
        return
    sets = datasets()
    with tempfile.TemporaryDirectory() as tmp:
        zlib_to_krait(tmp, sets)
        krait_to_zlib(tmp, sets)


main()
