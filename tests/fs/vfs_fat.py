# vfs.VfsFat on RAM disks written in Python (simple and extended block-device forms):
# mkfs, mount, files, directories, long names, renames, read-only mounts, full disk,
# many files, statvfs, import from a mounted filesystem, umount.
# krait-exp: hand-written (vfs, VfsFat and block devices are MicroPython-only APIs)
try:
    import os, vfs
    vfs.VfsFat
except (ImportError, AttributeError):
    print('SKIP')
    raise SystemExit


class RAMBlockDev:
    # the simple form: whole blocks only
    def __init__(self, block_size, num_blocks):
        self.block_size = block_size
        self.data = bytearray(block_size * num_blocks)
        self.syncs = 0

    def readblocks(self, n, buf):
        a = n * self.block_size
        buf[:] = self.data[a:a + len(buf)]

    def writeblocks(self, n, buf):
        a = n * self.block_size
        self.data[a:a + len(buf)] = buf

    def ioctl(self, op, arg):
        if op == 4:
            return len(self.data) // self.block_size
        if op == 5:
            return self.block_size
        if op == 3:
            self.syncs += 1
            return 0


class ExtBlockDev(RAMBlockDev):
    # the extended form: byte offsets within a block
    def readblocks(self, n, buf, off=0):
        a = n * self.block_size + off
        buf[:] = self.data[a:a + len(buf)]

    def writeblocks(self, n, buf, off=None):
        a = n * self.block_size + (off or 0)
        self.data[a:a + len(buf)] = buf

    def ioctl(self, op, arg):
        if op == 6:
            return 0
        return RAMBlockDev.ioctl(self, op, arg)


def attempt(what, fn):
    try:
        r = fn()
        print(what, 'ok', r)
    except OSError as e:
        print(what, 'OSError', e.errno)


bdev = RAMBlockDev(512, 200)
vfs.VfsFat.mkfs(bdev)
print(bytes(bdev.data[510:512]), bytes(bdev.data[54:62]))
fs = vfs.VfsFat(bdev)
vfs.mount(fs, '/ram')
print([m[1] for m in vfs.mount()])
print(os.listdir('/ram'))

# files
with open('/ram/hello.txt', 'w') as f:
    print(f.write('Hello, FAT!\n' * 50))
with open('/ram/hello.txt') as f:
    print(len(f.read()), f.tell())
with open('/ram/hello.txt', 'a') as f:
    f.write('tail')
with open('/ram/hello.txt') as f:
    lines = f.readlines()
    print(len(lines), lines[0], lines[-1])
with open('/ram/hello.txt', 'r+') as f:
    f.seek(7)
    f.write('fat')
    f.seek(0)
    print(f.readline())
st = os.stat('/ram/hello.txt')
import time
print(st[0], st[6], abs(st[8] - time.time()) < 10, st[7] == st[8] == st[9])
with open('/ram/data.bin', 'wb') as f:
    f.write(bytes(range(256)) * 10)
    f.seek(3000)
    f.write(b'end')   # a gap past the end reads as zeros
with open('/ram/data.bin', 'rb') as f:
    d = f.read()
    print(len(d), d[254:258], d[2559:2562], d[2999:])
with open('/ram/hello.txt') as f:
    print(f.name, f.mode)
attempt('x exists', lambda: open('/ram/hello.txt', 'x'))
attempt('missing', lambda: open('/ram/nothing'))

# directories and long names
os.mkdir('/ram/sub')
os.mkdir('/ram/sub/deeper')
names = ['A Long File Name.text', 'lower.txt', 'MiXeD.Txt', 'UPPER.TXT', 'name.with.dots.py',
         'x' * 100, 'héllo wörld.txt', 'very_long_name_number_1.txt', 'very_long_name_number_2.txt']
for n in names:
    with open('/ram/sub/' + n, 'w') as f:
        f.write(n)
got = os.listdir('/ram/sub')
print(sorted(got) == sorted(names + ['deeper']), len(got))
for n in names:
    with open('/ram/sub/' + n) as f:
        assert f.read() == n, n
print(open('/ram/sub/LOWER.TXT').read(), open('/ram/SUB/upper.txt').read())
attempt('mkdir exists', lambda: os.mkdir('/ram/sub'))
attempt('mkdir no parent', lambda: os.mkdir('/ram/none/x'))
attempt('rmdir not empty', lambda: os.rmdir('/ram/sub'))
attempt('rmdir file', lambda: os.rmdir('/ram/hello.txt'))
attempt('remove dir', lambda: os.remove('/ram/sub'))
attempt('open dir', lambda: open('/ram/sub'))
attempt('bad name', lambda: open('/ram/a:b', 'w'))
attempt('file as dir', lambda: open('/ram/hello.txt/x'))

# cwd inside the mount
os.chdir('/ram/sub')
print(os.getcwd(), sorted(os.listdir())[:2])
os.chdir('deeper')
print(os.getcwd())
os.chdir('..')
os.chdir('..')
print(os.getcwd())

# renames: same directory, across directories, directories, replacing a file
os.rename('/ram/sub/lower.txt', '/ram/sub/renamed lower.txt')
os.rename('/ram/sub/A Long File Name.text', '/ram/sub/deeper/moved.txt')
os.rename('/ram/sub/deeper', '/ram/deeper')
print(sorted(os.listdir('/ram')), os.listdir('/ram/deeper'))
print(open('/ram/deeper/moved.txt').read())
os.chdir('/ram/deeper')
os.chdir('..')
print(os.getcwd(), 'sub' in os.listdir('.'))
os.rename('/ram/sub/UPPER.TXT', '/ram/hello.txt')
print(open('/ram/hello.txt').read())
attempt('rename into itself', lambda: os.rename('/ram/sub', '/ram/sub/x'))
attempt('rename missing', lambda: os.rename('/ram/none', '/ram/x'))
attempt('rename to a bad name', lambda: os.rename('/ram/hello.txt', '/ram/bad|name'))
attempt('rename to a long name', lambda: os.rename('/ram/hello.txt', '/ram/' + 'n' * 300))
print(open('/ram/hello.txt').read())
attempt('rename across mounts', lambda: os.rename('/ram/hello.txt', '/elsewhere'))

# ilistdir entries have (name, type, inode, size)
print(sorted(os.ilistdir('/ram')))

# many files in one directory (grows past one cluster)
os.mkdir('/ram/many')
for i in range(80):
    with open('/ram/many/file_number_%03d.dat' % i, 'w') as f:
        f.write(str(i))
many = sorted(os.listdir('/ram/many'))
print(len(many), many[0], many[-1], open('/ram/many/file_number_042.dat').read())
for n in many:
    os.remove('/ram/many/' + n)
os.rmdir('/ram/many')

# full disk: ENOSPC, and what was written before stays intact
s = fs.statvfs('/')
print(s[0], s[2] > 100, s[3] <= s[2])
f = open('/ram/big.bin', 'wb')
try:
    for i in range(1000):
        f.write(bytes([i % 251]) * 1000)
except OSError as e:
    print('full', e.errno)
f.close()
size = os.stat('/ram/big.bin')[6]
with open('/ram/big.bin', 'rb') as f:
    ok = True
    i = 0
    while True:
        c = f.read(1000)
        if not c:
            break
        ok = ok and c == bytes([i % 251]) * len(c)
        i += 1
print(size > 50000, size % 512, ok, fs.statvfs('/')[3])
attempt('write when full', lambda: open('/ram/more.txt', 'w').write('x' * 600))
os.remove('/ram/big.bin')
print(fs.statvfs('/')[3] == s[3])
print(open('/ram/hello.txt').read())

# a handle whose file was removed, renamed or truncated elsewhere never touches the
# clusters again (they may belong to another file by now)
f = open('/ram/victim.bin', 'wb')
f.write(b'v' * 2000)
os.remove('/ram/victim.bin')
with open('/ram/other.bin', 'wb') as g:
    g.write(b'o' * 2000)
attempt('write after remove', lambda: f.write(b'x' * 600))
f.close()
print(open('/ram/other.bin', 'rb').read() == b'o' * 2000)
r = open('/ram/other.bin', 'rb')
os.rename('/ram/other.bin', '/ram/other2.bin')
attempt('read after rename', lambda: r.read())
r.close()
a = open('/ram/other2.bin', 'rb')
open('/ram/other2.bin', 'wb').close()
attempt('read after truncate', lambda: a.read())
a.close()
os.remove('/ram/other2.bin')

# import from the mounted filesystem
import sys
with open('/ram/fatmod.py', 'w') as f:
    f.write('X = 42\ndef double(v):\n    return 2 * v\n')
os.mkdir('/ram/fatpkg')
with open('/ram/fatpkg/__init__.py', 'w') as f:
    f.write('NAME = "pkg"\n')
sys.path.append('/ram')
import fatmod, fatpkg
print(fatmod.X, fatmod.double(21), fatpkg.NAME)
sys.path.remove('/ram')

# umount and mount again (the data stays); read-only mounts
vfs.umount('/ram')
attempt('after umount', lambda: os.listdir('/ram'))
vfs.mount(bdev, '/ram', readonly=True)
print(sorted(os.listdir('/ram')))
attempt('ro write', lambda: open('/ram/new.txt', 'w'))
attempt('ro mkdir', lambda: os.mkdir('/ram/d'))
attempt('ro remove', lambda: os.remove('/ram/hello.txt'))
attempt('ro rename', lambda: os.rename('/ram/hello.txt', '/ram/h'))
print(open('/ram/hello.txt').read())
attempt('mount taken', lambda: vfs.mount(bdev, '/ram'))
vfs.umount(bdev) if False else vfs.umount('/ram')
attempt('umount unknown', lambda: vfs.umount('/ram'))

# the extended block-device form, formatted through mount(mkfs=True)
ext = ExtBlockDev(1024, 64)
vfs.mount(vfs.VfsFat(ext), '/ext', mkfs=True)
with open('/ext/f.txt', 'w') as f:
    f.write('extended')
print(os.listdir('/ext'), open('/ext/f.txt').read(), os.statvfs('/ext')[0])
vfs.umount('/ext')

# a block device with no filesystem
attempt('no filesystem', lambda: vfs.mount(RAMBlockDev(512, 64), '/nofs'))
print([m[1] for m in vfs.mount()])
print('done')
