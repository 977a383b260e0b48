# Random file operations on a FAT RAM disk checked against a model (a dict of contents):
# writes at any offset (also past the end), appends, truncating opens, renames across
# directories, removals; at the end every cluster is free again (nothing leaked).
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


seed = 2024


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return (seed >> 8) % n


dev = Dev(600)
vfs.VfsFat.mkfs(dev)
fs = vfs.VfsFat(dev)
vfs.mount(fs, '/m')
free0 = fs.statvfs('/')[3]
dirs = ['/m', '/m/Sub Directory', '/m/Sub Directory/deeper one', '/m/x']
for d in dirs[1:]:
    os.mkdir(d)
names = ['a.txt', 'B.TXT', 'long file name number one.data', 'Mixed Case Name.Bin', 'z', 'file.with.dots']
model = {}
problems = 0
for step in range(300):
    op = rand(6)
    path = dirs[rand(len(dirs))] + '/' + names[rand(len(names))]
    if op == 0 or path not in model:
        data = bytes([rand(256) for _ in range(rand(1500))])
        with open(path, 'wb') as f:
            f.write(data)
        model[path] = data
    elif op == 1:
        old = model[path]
        off = rand(len(old) + 600)
        data = bytes([rand(256) for _ in range(rand(900))])
        with open(path, 'r+b') as f:
            f.seek(off)
            f.write(data)
        if off > len(old):
            old = old + bytes(off - len(old))
        model[path] = old[:off] + data + old[off + len(data):]
    elif op == 2:
        data = bytes([rand(256) for _ in range(rand(700))])
        with open(path, 'ab') as f:
            f.write(data)
        model[path] = model[path] + data
    elif op == 3:
        new = dirs[rand(len(dirs))] + '/' + names[rand(len(names))]
        if new.lower() != path.lower():
            os.rename(path, new)
            for k in list(model):
                if k.lower() == new.lower():
                    del model[k]
            model[new] = model.pop(path)
    elif op == 4:
        os.remove(path)
        del model[path]
    else:
        with open(path, 'rb') as f:
            f.seek(rand(len(model[path]) + 1))
            pos = f.tell()
            if f.read() != model[path][pos:]:
                problems += 1
                print('partial read differs', step, path)
    # the directory listing and every file agree with the model
    if step % 25 == 0 or step > 290:
        for d in dirs:
            listed = sorted(n for n, t, *_ in os.ilistdir(d) if t == 0x8000)
            want = sorted(k[len(d) + 1:] for k in model if k.rsplit('/', 1)[0] == d)
            if listed != want:
                problems += 1
                print('listing differs', step, d, listed, want)
        for k, v in model.items():
            with open(k, 'rb') as f:
                if f.read() != v:
                    problems += 1
                    print('content differs', step, k)
            if os.stat(k)[6] != len(v):
                problems += 1
                print('size differs', step, k)
print('files at the end', len(model) > 3, 'problems', problems)
for k in list(model):
    os.remove(k)
for d in reversed(dirs[1:]):
    os.rmdir(d)
print('all clusters free again', fs.statvfs('/')[3] == free0, os.listdir('/m'))
vfs.umount('/m')
vfs.mount(dev, '/m', readonly=True)
print(os.listdir('/m'))
vfs.umount('/m')
