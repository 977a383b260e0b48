# krait-exp: hand-written (drives Krait and the host's dosfstools/mtools on FAT images)
"""FAT interop with the host's tools: images made by mkfs.fat and filled by mtools are
read correctly by Krait's VfsFat (FAT12, FAT16, FAT32, long names, subdirectories);
images Krait writes (also ones it formats itself) pass `fsck.fat -n` and their files
read back byte for byte with mtools. Prints SKIP without the host tools."""
import os
import random
import shutil
import subprocess
import sys
import tempfile

KRAIT = sys.argv[1:]
TOOLS = ["mkfs.fat", "fsck.fat", "mcopy", "mdir", "mtype", "mmd"]
HOST_FILES = []
ENV = dict(os.environ, MTOOLS_SKIP_CHECK="1", MTOOLS_NO_VFAT="0", LC_ALL="C.UTF-8")

FILE_BDEV = '''
import os, vfs
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
        if op == 4:
            return self.n
        if op == 5:
            return 512
        return 0
def walk(top):
    out = []
    for name, kind, _, size in os.ilistdir(top):
        p = top + '/' + name
        if kind == 0x4000:
            out.append((p, 'dir', 0))
            out.extend(walk(p))
        else:
            with open(p, 'rb') as f:
                data = f.read()
            out.append((p, len(data), sum(data) & 0xffffffff))
    return out
'''


def which(t):
    return shutil.which(t) or shutil.which(t, path="/usr/sbin:/sbin")


def run_krait(script, tmp):
    path = os.path.join(tmp, "script.py")
    with open(path, "w") as f:
        f.write(FILE_BDEV + script)
    p = subprocess.run(KRAIT + [path], capture_output=True, timeout=300, cwd=tmp)
    if p.returncode != 0:
        raise RuntimeError("krait failed: %s %s" % (p.stdout.decode(), p.stderr.decode()))
    return p.stdout.decode()


def tool(*args):
    p = subprocess.run([which(args[0])] + list(args[1:]), capture_output=True, env=ENV)
    return p.returncode, p.stdout.decode("utf-8", "replace") + p.stderr.decode("utf-8", "replace")


def content(seed, n):
    r = random.Random(seed)
    return bytes(r.randrange(256) for _ in range(n))


def expect_listing(files):
    out = []
    for p, data in files:
        out.append((p, "dir", 0) if data is None else (p, len(data), sum(data) & 0xffffffff))
    return sorted(out)


def host_to_krait(fat, size_kb, extra, tmp):
    """mkfs.fat + mcopy, then Krait reads everything."""
    img = os.path.join(tmp, "host%d.img" % fat)
    subprocess.run(["rm", "-f", img])
    rc, out = tool("mkfs.fat", "-F", str(fat), "-C", "-S", "512", *extra, img, str(size_kb))
    if rc != 0:
        return "mkfs.fat failed: " + out
    global HOST_FILES
    files = [("/short.txt", b"short file\n"),
             ("/A long name with spaces.text", b"long name contents\n" * 30),
             ("/dir", None),
             ("/dir/nested file name.bin", content(fat, 5000)),
             ("/dir/empty", b""),
             ("/dir/sub", None),
             ("/dir/sub/MiXeD CaSe.Data", content(fat + 1, 700))]
    for i in range(25):
        files.append(("/dir/sub/many_files_%02d.txt" % i, ("file %d\n" % i).encode()))
    tree = os.path.join(tmp, "tree%d" % fat)
    shutil.rmtree(tree, ignore_errors=True)
    os.mkdir(tree)
    for p, data in files:
        if data is None:
            os.mkdir(tree + p)
        else:
            with open(tree + p, "wb") as f:
                f.write(data)
    rc, out = tool("mcopy", "-s", "-i", img, *[os.path.join(tree, n) for n in sorted(os.listdir(tree))], "::/")
    if rc != 0:
        return "mcopy failed: " + out
    HOST_FILES = [(p, d) for p, d in files if d is not None]
    got = run_krait("vfs.mount(vfs.VfsFat(FileBdev(%r)), '/img', readonly=True)\n"
                    "for e in sorted(walk('/img')):\n    print(repr(e))\n" % img, tmp)
    want = "".join(repr(("/img" + p,) + e[1:]) + "\n" for p, e in
                   [(e[0], e) for e in expect_listing(files)])
    return "ok" if got == want else "MISMATCH\n" + got + "---\n" + want


KRAIT_WRITES = '''
fs = vfs.VfsFat(FileBdev(%(img)r))
vfs.mount(fs, '/img')
os.mkdir('/img/krait dir')
os.mkdir('/img/krait dir/Nested Sub Directory')
files = %(files)r
for p, seed, n in files:
    data = bytes([(seed * 31 + i * 7 + (i >> 8)) & 255 for i in range(n)])
    with open('/img' + p, 'wb') as f:
        f.write(data)
for i in range(40):
    with open('/img/krait dir/entry number %%d with a long name.txt' %% i, 'w') as f:
        f.write('entry %%d\\n' %% i)
for i in range(0, 40, 3):
    os.remove('/img/krait dir/entry number %%d with a long name.txt' %% i)
os.rename('/img/krait dir/entry number 1 with a long name.txt', '/img/renamed to root.txt')
os.rename('/img/krait dir/Nested Sub Directory', '/img/moved dir')
with open('/img/appended.txt', 'a') as f:
    f.write('first\\n')
with open('/img/appended.txt', 'a') as f:
    f.write('second\\n')
vfs.umount('/img')
print('written')
'''


def krait_to_host(img, tmp, label, existing=()):
    files = [("/hello.txt", 1, 13), ("/krait dir/Long File Name.bin", 2, 9000),
             ("/krait dir/Nested Sub Directory/deep.dat", 3, 1500), ("/UPPER.TXT", 4, 100),
             ("/lower.txt", 5, 0), ("/big.bin", 6, 70000)]
    out = run_krait(KRAIT_WRITES % {"img": img, "files": files}, tmp)
    if out.strip() != "written":
        return "krait: " + out
    rc, fsck = tool("fsck.fat", "-n", img)
    if rc != 0:
        return "fsck.fat -n failed:\n" + fsck
    expect = dict(existing)
    for p, seed, n in files:
        expect[p] = bytes([(seed * 31 + i * 7 + (i >> 8)) & 255 for i in range(n)])
    for i in range(40):
        if i % 3 != 0 and i != 1:
            expect["/krait dir/entry number %d with a long name.txt" % i] = ("entry %d\n" % i).encode()
    expect["/renamed to root.txt"] = b"entry 1\n"
    expect["/moved dir/deep.dat"] = expect.pop("/krait dir/Nested Sub Directory/deep.dat")
    expect["/appended.txt"] = b"first\nsecond\n"
    out_dir = os.path.join(tmp, "out_%s" % label)
    shutil.rmtree(out_dir, ignore_errors=True)
    os.mkdir(out_dir)
    rc, out = tool("mcopy", "-s", "-n", "-i", img, "::/*", out_dir)
    if rc != 0:
        return "mcopy failed: " + out
    seen = {}
    for root, dirs, names in os.walk(out_dir):
        for n in names:
            with open(os.path.join(root, n), "rb") as f:
                seen["/" + os.path.relpath(os.path.join(root, n), out_dir)] = f.read()
    if sorted(seen) != sorted(expect):
        return "mtools listing differs:\n%s\n---\n%s" % (sorted(seen), sorted(expect))
    for p, data in expect.items():
        if seen[p] != data:
            return "mcopy content differs for %s (%d bytes vs %d)" % (p, len(seen[p]), len(data))
    return "ok"


def main():
    if not KRAIT or any(which(t) is None for t in TOOLS):
        print("SKIP")
        return
    tmp = tempfile.mkdtemp(prefix="krait_fat_")
    try:
        for fat, kb, extra in [(12, 2048, []), (16, 20480, []), (32, 40960, ["-s", "1"])]:
            print("FAT%d host->krait" % fat, host_to_krait(fat, kb, extra, tmp))
            img = os.path.join(tmp, "host%d.img" % fat)
            print("FAT%d krait->host" % fat, krait_to_host(img, tmp, fat, HOST_FILES))
        # images formatted by Krait itself
        for label, blocks in [("FAT12", 4000), ("FAT16", 60000), ("FAT32", 1100000)]:
            img = os.path.join(tmp, "krait_%s.img" % label)
            with open(img, "wb") as f:
                f.truncate(blocks * 512)
            out = run_krait("vfs.VfsFat.mkfs(FileBdev(%r))\nprint('formatted')\n" % img, tmp)
            rc, fsck = tool("fsck.fat", "-n", img)
            kind = "?"
            rc2, info = tool("mdir", "-i", img, "::/")
            with open(img, "rb") as f:
                boot = f.read(512)
            kind = boot[82:87] if boot[82:87] == b"FAT32" else boot[54:59]
            print("mkfs %s" % label, out.strip(), kind.decode(), "fsck ok" if rc == 0 else fsck)
            print("mkfs %s krait->host" % label, krait_to_host(img, tmp, label))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


main()
