# open() in every mode, text and binary, read/readline/readlines/iteration/seek/tell/with
import os

D = '_tmp_file_modes'
try:
    os.mkdir(D)
except OSError:
    pass
P = D + '/f.txt'

# w / r
with open(P, 'w') as f:
    print(f.write('line one\n'), f.write('line two\n'), f.write('last'))
    print(f.closed, f.name == P, f.mode)
print(f.closed)
with open(P) as f:
    print(repr(f.read()))
with open(P, 'r') as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(P) as f:
    print(f.readlines())
with open(P) as f:
    print([line for line in f])
with open(P) as f:
    print(repr(f.read(4)), repr(f.read(0)), repr(f.read(5)), f.tell())
    f.seek(0)
    print(repr(f.readline(3)), repr(f.readline(100)))
    print(f.seek(0, 2), repr(f.read()))

# a / a+
with open(P, 'a') as f:
    f.write('\nappended')
with open(P, 'a+') as f:
    f.write('\nmore')
    f.seek(0)
    print(repr(f.read()))

# r+ overwrites in place
with open(P, 'r+') as f:
    f.write('LINE')
    f.seek(0)
    print(repr(f.readline()))

# w+ truncates
with open(P, 'w+') as f:
    print(repr(f.read()))
    f.write('abc')
    f.seek(0)
    print(repr(f.read()))

# x: exclusive create
try:
    open(P, 'x')
except OSError as e:
    print(type(e).__name__, e.errno)
os.remove(P)
with open(P, 'x') as f:
    f.write('new')
with open(P) as f:
    print(f.read())

# binary
with open(P, 'wb') as f:
    print(f.write(b'\x00\x01\x02abc\n\xff'), f.write(bytearray(b'xy')))
with open(P, 'rb') as f:
    data = f.read()
    print(data, len(data))
    f.seek(3)
    print(f.read(3), f.tell())
    f.seek(-2, 2)
    print(f.read())
    f.seek(-4, 1)
    print(f.read(1))
with open(P, 'rb') as f:
    print(list(f))
with open(P, 'r+b') as f:
    f.seek(1)
    f.write(b'ZZ')
    f.seek(0)
    print(f.read())
with open(P, 'rb') as f:
    buf = bytearray(4)
    print(f.readinto(buf), buf)

# unicode text
with open(P, 'w', encoding='utf-8') as f:
    print(f.write('héllo wörld €\n2'))
with open(P, encoding='utf-8') as f:
    print(repr(f.read(3)), repr(f.read(4)), repr(f.readline()), repr(f.read()))
with open(P, 'rb') as f:
    print(len(f.read()))

# writelines, empty files, read past EOF
with open(P, 'w') as f:
    f.writelines(['a\n', 'b\n', 'c'])
with open(P) as f:
    print(f.read().split('\n'))
    print(repr(f.read()), repr(f.readline()), f.readlines())
open(P, 'w').close()
with open(P) as f:
    print(repr(f.read()), f.readlines())

# large file in chunks
with open(P, 'wb') as f:
    for i in range(100):
        f.write(bytes([i]) * 1000)
with open(P, 'rb') as f:
    total = 0
    while True:
        chunk = f.read(777)
        if not chunk:
            break
        total += sum(chunk)
    print(total, f.tell())
with open(P, 'w') as f:
    for i in range(500):
        f.write('line %d\n' % i)
with open(P) as f:
    lines = f.readlines()
    print(len(lines), lines[0], lines[-1])

# bytes paths
with open(P.encode(), 'w') as f:
    f.write('via a bytes path')
with open(P) as f:
    print(f.read(), type(open(P.encode()).name).__name__)
print(sorted(os.listdir(D.encode())))

os.remove(P)
os.rmdir(D)
print('done')
