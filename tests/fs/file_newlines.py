# Text files read with universal newlines ("\r\n" and "\r" read as "\n"), as CPython
# does by default; newline='' keeps them; binary files never translate.
import os

D = '_tmp_file_newlines'
try:
    os.mkdir(D)
except OSError:
    pass
P = D + '/nl.txt'
with open(P, 'wb') as f:
    f.write(b'one\r\ntwo\rthree\nfour\r\n\r\nlast\r')
with open(P) as f:
    print(repr(f.read()))
with open(P) as f:
    print([f.readline() for i in range(7)])
with open(P) as f:
    print(list(f))
with open(P) as f:
    print(repr(f.read(4)), repr(f.read(4)), repr(f.read(9)), repr(f.read()))
with open(P) as f:
    print(repr(f.readline(3)), repr(f.readline(3)), repr(f.readline(1)), repr(f.readline()))
with open(P) as f:
    print(repr(f.readline()), repr(f.readline()))
with open(P, newline='') as f:
    print(repr(f.read()))
with open(P, 'rb') as f:
    print(f.read(), f.readline())

# a "\r\n" split across the reader's chunks, long lines, non-ASCII text
for n in (253, 254, 255, 256, 257, 511, 512):
    with open(P, 'wb') as f:
        f.write(b'x' * n + b'\r\n' + 'é€'.encode() * 3 + b'\r' + b'y' * n + b'\r\n')
    with open(P) as f:
        lines = f.readlines()
    print(n, [len(l) for l in lines], [l[-3:] for l in lines])
    with open(P) as f:
        print(len(f.read()), end=' ')
    with open(P) as f:
        data = ''
        while True:
            c = f.read(7)
            if not c:
                break
            data += c
        print(len(data), data.count('\n'))

# writing text: "\n" stays "\n" here (os.linesep), newline='\r\n' or '\r' translate it
with open(P, 'w') as f:
    f.write('a\nb\r\nc\r')
with open(P, 'rb') as f:
    print(f.read())
for nl in ['', '\n', '\r', '\r\n']:
    with open(P, 'w', newline=nl) as f:
        print(f.write('x\ny\n\nz'), end=' ')
    with open(P, 'rb') as f:
        print(repr(nl), f.read())
os.remove(P)
os.rmdir(D)
