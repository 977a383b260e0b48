# The mount table: a filesystem written in Python, VfsPosix with a root directory,
# cwd across mounts, import from a mounted filesystem, errors, umount.
# krait-exp: hand-written (vfs and the filesystem protocol are MicroPython-only APIs)
try:
    import os, vfs, sys
    vfs.VfsPosix   # (host program only)
except (ImportError, AttributeError):
    print('SKIP')
    raise SystemExit


class PyFile:
    def __init__(self, fs, path, mode):
        self.fs, self.path, self.mode = fs, path, mode
        self.pos = 0
        if 'w' in mode:
            fs.files[path] = b''

    def read(self, n=-1):
        data = self.fs.files[self.path]
        if n < 0:
            n = len(data) - self.pos
        chunk = data[self.pos:self.pos + n]
        self.pos += len(chunk)
        return chunk if 'b' in self.mode else chunk.decode()

    def write(self, s):
        if isinstance(s, str):
            s = s.encode()
        self.fs.files[self.path] += s
        return len(s)

    def close(self):
        self.fs.log.append('close ' + self.path)

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()


class PyFS:
    def __init__(self):
        self.files = {'/hello.txt': b'hello from a Python filesystem\n',
                      '/pymod.py': b'VALUE = "imported from PyFS"\n'}
        self.dirs = ['/', '/sub']
        self.cwd = '/'
        self.log = []

    def _abs(self, path):
        if not path.startswith('/'):
            path = (self.cwd.rstrip('/') + '/' + path) if path else self.cwd
        return path.rstrip('/') or '/'

    def mount(self, readonly, mkfs):
        self.log.append('mount %s %s' % (readonly, mkfs))

    def umount(self):
        self.log.append('umount')

    def ilistdir(self, path):
        path = self._abs(path)
        if path not in self.dirs:
            raise OSError(2)
        pre = path.rstrip('/') + '/'
        for d in self.dirs:
            if d != path and d.startswith(pre) and '/' not in d[len(pre):]:
                yield (d[len(pre):], 0x4000, 0)
        for f in sorted(self.files):
            if f.startswith(pre) and '/' not in f[len(pre):]:
                yield (f[len(pre):], 0x8000, 0, len(self.files[f]))

    def stat(self, path):
        path = self._abs(path)
        if path in self.dirs:
            return (0x4000, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        if path in self.files:
            return (0x8000, 0, 0, 0, 0, 0, len(self.files[path]), 0, 0, 0)
        raise OSError(2)

    def open(self, path, mode):
        path = self._abs(path)
        if path not in self.files and 'w' not in mode:
            raise OSError(2)
        return PyFile(self, path, mode)

    def mkdir(self, path):
        path = self._abs(path)
        if path in self.dirs or path in self.files:
            raise OSError(17)
        self.dirs.append(path)

    def rmdir(self, path):
        self.dirs.remove(self._abs(path))

    def remove(self, path):
        del self.files[self._abs(path)]

    def rename(self, old, new):
        self.files[self._abs(new)] = self.files.pop(self._abs(old))

    def chdir(self, path):
        path = self._abs(path)
        if path not in self.dirs:
            raise OSError(2)
        self.cwd = path

    def getcwd(self):
        return self.cwd

    def statvfs(self, path):
        return (512, 512, 100, 50, 50, 0, 0, 0, 0, 255)


def attempt(what, fn):
    try:
        r = fn()
        print(what, 'ok', r)
    except OSError as e:
        print(what, type(e).__name__, e)


here = os.getcwd()
pyfs = PyFS()
vfs.mount(pyfs, '/py')
print(pyfs.log)
print(sorted(m[1] for m in vfs.mount()))
print('py' in os.listdir('/'), ('py', 0x4000, 0) in list(os.ilistdir('/')))
print(os.listdir('/py'), os.listdir('/py/sub'))
print(os.stat('/py/hello.txt')[6], os.stat('/py')[0], os.statvfs('/py')[0])
with open('/py/hello.txt') as f:
    print(f.read())
with open('/py/sub/new.txt', 'w') as f:
    f.write('written through the VFS')
print(pyfs.files['/sub/new.txt'])
os.rename('/py/sub/new.txt', '/py/sub/renamed.txt')
os.mkdir('/py/made')
print(sorted(pyfs.files), pyfs.dirs)
attempt('missing', lambda: open('/py/missing.txt'))
attempt('mkdir exists', lambda: os.mkdir('/py/sub'))
attempt('mkdir on mount point', lambda: os.mkdir('/py'))
attempt('stat missing', lambda: os.stat('/py/nothing'))

# the cwd moves into the mount and relative paths follow it
os.chdir('/py/sub')
print(os.getcwd(), os.listdir())
with open('renamed.txt') as f:
    print(f.read())
os.chdir('/py')
print(os.getcwd())

# import through the VFS
sys.path.insert(0, '/py')
import pymod
print(pymod.VALUE)
sys.path.pop(0)

# VfsPosix on a host directory, mounted read-only and read-write
os.chdir(here)
D = '_tmp_vfs_mount'
os.mkdir(D)
with open(D + '/inside.txt', 'w') as f:
    f.write('host file')
vfs.mount(vfs.VfsPosix(D), '/host')
vfs.mount(vfs.VfsPosix(D), '/hostro', readonly=True)
print(os.listdir('/host'), os.listdir('/hostro'))
with open('/host/new.txt', 'w') as f:
    f.write('made via /host')
print(sorted(os.listdir(D)), open('/hostro/new.txt').read())
attempt('ro write', lambda: open('/hostro/x.txt', 'w'))
attempt('ro mkdir', lambda: os.mkdir('/hostro/d'))
attempt('ro remove', lambda: os.remove('/hostro/new.txt'))
os.mkdir('/host/sub')
os.chdir('/host/sub')
print(os.getcwd())
os.chdir('..')
print(os.getcwd(), sorted(os.listdir()))
os.chdir('../..')
print(os.getcwd())
attempt('escape root', lambda: open('/host/../../inside.txt').read())
os.chdir(here)
attempt('mount taken', lambda: vfs.mount(vfs.VfsPosix(D), '/host'))
attempt('bad mount point', lambda: vfs.mount(vfs.VfsPosix(D), 'rel'))
attempt('rename across', lambda: os.rename('/host/new.txt', '/py/new.txt'))
vfs.umount('/host')
vfs.umount('/hostro')
vfs.umount(pyfs)
print(pyfs.log)
attempt('umount again', lambda: vfs.umount('/py'))
print(sorted(m[1] for m in vfs.mount()), os.getcwd() == here)
os.remove(D + '/inside.txt')
os.remove(D + '/new.txt')
os.rmdir(D + '/sub')
os.rmdir(D)

# frozen modules are never written
attempt('frozen write', lambda: open('.frozen/x.py', 'w'))
attempt('frozen mkdir', lambda: os.mkdir('/.frozen/pkg'))
attempt('frozen rename', lambda: os.rename('nothing.py', '.frozen/nothing.py'))
print('done')
