#!/usr/bin/env python3
"""Fuzz Krait's VfsFat with corrupted FAT images (best under ASan).

Usage: tools/fuzz_fat.py --krait build-asan/krait [-n 300] [--seed 1]

Makes FAT12, FAT16 and FAT32 images with mkfs.fat and mtools (long names, nested
directories, many files), then for each round flips random bytes (mostly in the boot
sector, the FATs and the directories) and has Krait mount the image, walk it, read every
file, write, rename and remove. Every failure inside Krait must be an OSError; a crash,
a sanitizer report, another exception or a hang is reported (and the image kept).
"""
import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile

SCRIPT = r'''
import os, vfs, sys
class FileBdev:
    def __init__(self, path):
        self.f = open(path, 'r+b')
        self.f.seek(0, 2)
        self.n = self.f.tell() // 512
    def readblocks(self, n, buf):
        self.f.seek(n * 512)
        self.f.readinto(buf)
    def writeblocks(self, n, buf):
        self.f.seek(n * 512)
        self.f.write(buf)
    def ioctl(self, op, arg):
        return self.n if op == 4 else 512 if op == 5 else 0
def walk(top, depth):
    if depth > 8:
        return
    for e in os.ilistdir(top):
        p = top + '/' + e[0]
        try:
            if e[1] == 0x4000:
                walk(p, depth + 1)
            else:
                with open(p, 'rb') as f:
                    while f.read(4096):
                        pass
        except OSError:
            pass
try:
    vfs.mount(vfs.VfsFat(FileBdev(sys.argv[1])), '/f')
    try:
        walk('/f', 0)
        os.mkdir('/f/new dir')
        with open('/f/new dir/a new long file name.txt', 'w') as f:
            f.write('data' * 3000)
        os.rename('/f/new dir/a new long file name.txt', '/f/renamed.txt')
        for e in list(os.ilistdir('/f'))[:4]:
            if e[1] == 0x8000:
                os.remove('/f/' + e[0])
        os.statvfs('/f')
    finally:
        vfs.umount('/f')
    print('OK')
except OSError as e:
    print('OSError', e.errno)
'''


def tool(*args):
    exe = shutil.which(args[0]) or shutil.which(args[0], path="/usr/sbin:/sbin")
    env = dict(os.environ, MTOOLS_SKIP_CHECK="1")
    subprocess.run([exe] + list(args[1:]), check=True, capture_output=True, env=env)


def make_image(tmp, fat, kb, extra):
    img = os.path.join(tmp, "fat%d.img" % fat)
    tool("mkfs.fat", "-F", str(fat), "-C", "-S", "512", *extra, img, str(kb))
    src = os.path.join(tmp, "src")
    tool("mmd", "-i", img, "::/a directory with a long name")
    tool("mmd", "-i", img, "::/a directory with a long name/sub")
    for i in range(30):
        with open(src, "wb") as f:
            f.write(os.urandom(37 * i))
        where = "::/a directory with a long name/" if i % 2 else "::/"
        if i % 5 == 0:
            where = "::/a directory with a long name/sub/"
        tool("mcopy", "-i", img, src, where + "file number %d with long name.bin" % i)
    return img


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", default="build-asan/krait")
    ap.add_argument("-n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    tmp = tempfile.mkdtemp(prefix="krait_fatfuzz_")
    script = os.path.join(tmp, "fuzz.py")
    with open(script, "w") as f:
        f.write(SCRIPT)
    images = [make_image(tmp, 12, 1024, []), make_image(tmp, 16, 16384, []),
              make_image(tmp, 32, 40960, ["-s", "1"])]
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=0", UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1")
    counts = {}
    failures = 0
    for it in range(args.n):
        src = images[it % len(images)]
        work = os.path.join(tmp, "work.img")
        shutil.copyfile(src, work)
        size = os.path.getsize(work)
        with open(work, "r+b") as f:
            head = f.read(512)
            reserved = head[14] | head[15] << 8
            fatsz = (head[22] | head[23] << 8) or int.from_bytes(head[36:40], "little")
            root_ent = head[17] | head[18] << 8
            dirs = (reserved + 2 * fatsz) * 512     # root directory / first data clusters
            for _ in range(rnd.randrange(1, 16)):
                r = rnd.random()
                if r < 0.15:
                    pos = rnd.randrange(512)                                  # the boot sector
                elif r < 0.5:
                    pos = reserved * 512 + rnd.randrange(min(fatsz, 4) * 512)  # the FAT in use
                elif r < 0.85:
                    pos = dirs + rnd.randrange((root_ent * 32 // 512 + 24) * 512)  # directories
                else:
                    pos = rnd.randrange(size)
                pos = min(pos, size - 1)
                if rnd.random() < 0.3:
                    # structured damage: a FAT entry or a directory entry field set to a
                    # small plausible number (loops, cross-links, free clusters in chains)
                    if rnd.random() < 0.5:
                        width = 2 if fatsz < 64 else 4
                        pos = reserved * 512 + rnd.randrange(min(fatsz, 4) * 512 // width) * width
                    else:
                        width = rnd.choice([1, 2, 4])
                        pos = dirs + rnd.randrange((root_ent * 32 // 512 + 24) * 16) * 32 + \
                            rnd.choice([0, 11, 12, 13, 20, 26, 28])
                    pos = min(pos, size - width)
                    f.seek(pos)
                    f.write(rnd.randrange(0, 300 if rnd.random() < 0.7 else 1 << (8 * width)).to_bytes(
                        width, "little", signed=False) if width > 1 else bytes([rnd.randrange(256)]))
                    continue
                f.seek(pos)
                b = f.read(1)[0]
                f.seek(pos)
                f.write(bytes([rnd.randrange(256) if rnd.random() < 0.5 else b ^ (1 << rnd.randrange(8))]))
        try:
            p = subprocess.run([args.krait, script, work], capture_output=True, timeout=60, env=env)
            out = p.stdout.decode(errors="replace").strip()
            ok = p.returncode == 0 and (out == "OK" or out.startswith("OSError"))
            kind = out.split()[0] if ok else "FAIL"
        except subprocess.TimeoutExpired:
            ok, kind, p = False, "TIMEOUT", None
        counts[kind] = counts.get(kind, 0) + 1
        if not ok:
            failures += 1
            keep = os.path.join(tmp, "fail%d.img" % it)
            shutil.copyfile(work, keep)
            print("round %d: %s (image kept: %s)" % (it, kind, keep))
            if p is not None:
                print(p.stdout.decode(errors="replace")[-2000:], p.stderr.decode(errors="replace")[-3000:])
    print("rounds %d: %s; failures %d" % (args.n, counts, failures))
    if failures == 0:
        shutil.rmtree(tmp, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
