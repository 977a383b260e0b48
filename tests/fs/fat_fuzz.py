# Corrupt FAT images (random byte flips in the boot sector, FATs, directories and data)
# never crash or hang VfsFat: every failure is an OSError.
# krait-exp: hand-written (VfsFat and block devices are MicroPython-only APIs)
try:
    import os, vfs
    vfs.VfsFat
except (ImportError, AttributeError):
    print('SKIP')
    raise SystemExit


class Dev:
    def __init__(self, data):
        self.data = data

    def readblocks(self, n, buf):
        buf[:] = self.data[n * 512:n * 512 + len(buf)]

    def writeblocks(self, n, buf):
        self.data[n * 512:n * 512 + len(buf)] = buf

    def ioctl(self, op, arg):
        if op == 4:
            return len(self.data) // 512
        if op == 5:
            return 512


seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return (seed >> 8) % n


def walk(top, depth, out):
    if depth > 6:
        return
    for e in os.ilistdir(top):
        p = top + '/' + e[0]
        if e[1] == 0x4000:
            walk(p, depth + 1, out)
        else:
            with open(p, 'rb') as f:
                out.append(len(f.read(20000)))


def build():
    dev = Dev(bytearray(512 * 160))
    vfs.VfsFat.mkfs(dev)
    vfs.mount(dev, '/f')
    os.mkdir('/f/dir one')
    os.mkdir('/f/dir one/two')
    for i in range(12):
        with open('/f/dir one/a long file name %d.txt' % i, 'w') as f:
            f.write('x' * (i * 300))
    with open('/f/SHORT.TXT', 'w') as f:
        f.write('short')
    with open('/f/dir one/two/deep file.bin', 'wb') as f:
        f.write(bytes(range(256)) * 9)
    vfs.umount('/f')
    return dev.data


pristine = build()
stats = {}
unexpected = 0
for it in range(250):
    data = bytearray(pristine)
    for k in range(1 + rand(12)):
        # mostly metadata: boot sector, FATs, root directory, first data clusters
        pos = rand(512 * 24) if rand(4) else rand(len(data))
        data[pos] = rand(256) if rand(3) else data[pos] ^ (1 << rand(8))
    dev = Dev(data)
    what = 'ok'
    try:
        vfs.mount(dev, '/f')
        try:
            sizes = []
            walk('/f', 0, sizes)
            with open('/f/new file %d.txt' % it, 'w') as f:
                f.write('new' * 200)
            os.mkdir('/f/new dir')
            os.rename('/f/new file %d.txt' % it, '/f/new dir/moved.txt')
            for e in list(os.ilistdir('/f'))[:3]:
                if e[1] == 0x8000:
                    os.remove('/f/' + e[0])
            os.statvfs('/f')
        finally:
            vfs.umount('/f')
    except OSError as e:
        what = 'OSError'
    except Exception as e:
        unexpected += 1
        print('unexpected', it, type(e).__name__, e)
    stats[what] = stats.get(what, 0) + 1
print('unexpected', unexpected)
print('both outcomes seen', len(stats) == 2)
