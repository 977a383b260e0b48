# os: mkdir, listdir, ilistdir-free dir walking, rename (also across directories),
# remove, rmdir, stat, getcwd/chdir, errors
import os

D = '_tmp_os_dirs'

def attempt(what, fn):
    try:
        r = fn()
        print(what, 'ok', r)
    except OSError as e:
        print(what, type(e).__name__, e.errno)

def rmtree(p):
    # what a failed earlier run left behind
    try:
        names = os.listdir(p)
    except OSError:
        return
    for n in names:
        try:
            os.remove(p + '/' + n)
        except OSError:
            rmtree(p + '/' + n)
    os.rmdir(p)

rmtree(D)
os.mkdir(D)
print(sorted(os.listdir(D)))
os.mkdir(D + '/sub')
os.mkdir(D + '/sub/deeper')
for i in range(5):
    with open(D + '/f%d.txt' % i, 'w') as f:
        f.write('x' * i)
print(sorted(os.listdir(D)))
print(sorted(os.listdir(D + '/')))
print(os.stat(D + '/f3.txt')[6], os.stat(D + '/f0.txt')[6])
st = os.stat(D + '/f4.txt')
print(st.st_size, st[6], len(st), st.st_mode == st[0], int(st.st_mtime) == st[8], list(st)[6])
print(os.statvfs(D).f_bsize == os.statvfs(D)[0], len(os.statvfs(D)))
print(os.stat(D)[0] & 0o170000 == 0o040000, os.stat(D + '/f1.txt')[0] & 0o170000 == 0o100000)

# renames: same dir, across dirs, directories
os.rename(D + '/f1.txt', D + '/g1.txt')
os.rename(D + '/f2.txt', D + '/sub/deeper/moved.txt')
os.rename(D + '/sub/deeper', D + '/deeper2')
print(sorted(os.listdir(D)))
print(os.listdir(D + '/deeper2'), os.listdir(D + '/sub'))
with open(D + '/deeper2/moved.txt') as f:
    print(f.read())
os.rename(D + '/g1.txt', D + '/f3.txt')   # replaces an existing file
with open(D + '/f3.txt') as f:
    print(repr(f.read()))

# errors
attempt('mkdir exists', lambda: os.mkdir(D))
attempt('mkdir no parent', lambda: os.mkdir(D + '/no/such'))
attempt('rmdir not empty', lambda: os.rmdir(D + '/deeper2'))
attempt('rmdir missing', lambda: os.rmdir(D + '/zz'))
attempt('rmdir file', lambda: os.rmdir(D + '/f0.txt'))
attempt('remove missing', lambda: os.remove(D + '/zz'))
attempt('remove dir', lambda: os.remove(D + '/sub'))
attempt('rename missing', lambda: os.rename(D + '/zz', D + '/yy'))
attempt('stat missing', lambda: os.stat(D + '/zz'))
attempt('listdir missing', lambda: os.listdir(D + '/zz'))
attempt('listdir file', lambda: os.listdir(D + '/f0.txt'))
attempt('chdir missing', lambda: os.chdir(D + '/zz'))
attempt('open dir/ file', lambda: open(D + '/f0.txt/x'))

# chdir and relative paths
here = os.getcwd()
os.chdir(D)
print(os.getcwd() == here.rstrip('/') + '/' + D, sorted(os.listdir()))
with open('rel.txt', 'w') as f:
    f.write('relative')
os.chdir('..')
print(os.getcwd() == here)
with open(D + '/rel.txt') as f:
    print(f.read())

# many files
for i in range(60):
    with open(D + '/sub/n%02d' % i, 'w') as f:
        f.write(str(i))
names = sorted(os.listdir(D + '/sub'))
print(len(names), names[:3], names[-1])
for n in names:
    os.remove(D + '/sub/' + n)

# long names
long = 'a_rather_long_file_name_with_many_characters_%d.data'
for i in range(3):
    with open(D + '/' + long % i, 'w') as f:
        f.write(long % i)
print(sorted(n for n in os.listdir(D) if n.startswith('a_rather')))

# cleanup
for n in os.listdir(D + '/deeper2'):
    os.remove(D + '/deeper2/' + n)
os.rmdir(D + '/deeper2')
os.rmdir(D + '/sub')
for n in os.listdir(D):
    os.remove(D + '/' + n)
os.rmdir(D)
print(D in os.listdir('.'))
print(os.sep)
