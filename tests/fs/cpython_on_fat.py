# board: skip (reads the other tests' sources from the host directory and needs a 2 MiB RAM disk)
# The CPython-compatible file tests of this directory, run again with their working
# directory on a FAT filesystem (a RAM disk): their output must match the same .exp.
# krait-exp: hand-written (vfs, VfsFat and block devices are MicroPython-only APIs)
try:
    import os, vfs
    vfs.VfsFat
except (ImportError, AttributeError):
    print('SKIP')
    raise SystemExit


class Dev:
    def __init__(self, n):
        self.data = bytearray(512 * n)

    def readblocks(self, n, buf):
        buf[:] = self.data[n * 512:n * 512 + len(buf)]

    def writeblocks(self, n, buf):
        self.data[n * 512:n * 512 + len(buf)] = buf

    def ioctl(self, op, arg):
        return len(self.data) // 512 if op == 4 else 512 if op == 5 else 0


here = os.getcwd()
vfs.mount(Dev(4096), '/fat_cpython', mkfs=True)
for name in ['file_modes', 'file_errors', 'os_dirs', 'file_newlines']:
    with open(here + '/' + name + '.py') as f:
        src = f.read()
    with open(here + '/' + name + '.exp') as f:
        want = f.read()
    out = []

    def capture(*args, sep=' ', end='\n'):
        out.append(sep.join(str(a) for a in args) + end)

    os.chdir('/fat_cpython')
    exec(src, {'__name__': '__main__', 'print': capture})
    os.chdir(here)
    got = ''.join(out)
    print(name, 'same' if got == want else 'DIFFERENT')
    if got != want:
        print(got)
print(os.listdir('/fat_cpython'))
vfs.umount('/fat_cpython')
