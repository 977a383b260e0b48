# file errors as CPython raises them
import os

D = '_tmp_file_errors'
try:
    os.mkdir(D)
except OSError:
    pass
P = D + '/f.txt'
with open(P, 'w') as f:
    f.write('data')

def attempt(what, fn):
    try:
        r = fn()
        print(what, 'ok', r)
    except Exception as e:
        print(what, type(e).__name__, e)

attempt('missing', lambda: open(D + '/missing.txt'))
attempt('missing dir', lambda: open(D + '/nodir/x.txt', 'w'))
attempt('dir', lambda: open(D))
attempt('exists', lambda: open(P, 'x'))
for m in ['rw', 'rr', 'U', '', 'bt', 'rb+t', 'q']:
    attempt('mode ' + repr(m), lambda: open(P, m))
attempt('mode type', lambda: open(P, 1))
attempt('binary encoding', lambda: open(P, 'rb', encoding='utf-8'))
attempt('binary errors', lambda: open(P, 'rb', errors='strict'))
attempt('binary newline', lambda: open(P, 'rb', newline=''))
attempt('unbuffered text', lambda: open(P, 'r', buffering=0))
attempt('bad newline', lambda: open(P, 'r', newline='x'))
attempt('name type', lambda: open(3.5))

f = open(P)
attempt('write to r', lambda: f.write('x'))
attempt('bytes to text', lambda: open(P, 'a').write(b'x'))
attempt('whence', lambda: f.seek(0, 5))
attempt('text cur seek', lambda: f.seek(1, 1))
attempt('text end seek', lambda: f.seek(-1, 2))
attempt('negative seek', lambda: f.seek(-1))
f.close()
f.close()
for name, fn in [('read', lambda: f.read()), ('readline', lambda: f.readline()),
                 ('write', lambda: f.write('x')), ('seek', lambda: f.seek(0)),
                 ('tell', lambda: f.tell()), ('iter', lambda: next(iter(f))),
                 ('with', lambda: f.__enter__()), ('readlines', lambda: f.readlines())]:
    attempt('closed ' + name, fn)
print(f.closed)

g = open(P, 'w')
attempt('read from w', lambda: g.read())
attempt('str to binary', lambda: open(P, 'wb').write('x'))
g.close()

with open(P, 'rb') as f:
    print(f.readable(), f.writable(), f.seekable())
with open(P, 'a') as f:
    print(f.readable(), f.writable())

os.remove(P)
attempt('remove missing', lambda: os.remove(P))
os.rmdir(D)
print('done')
