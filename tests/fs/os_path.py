# os.path: CPython's posixpath string functions and the stat-based tests
import os

p = os.path
for parts in [('a', 'b', '/c', 'd'), ('a/', 'b'), ('', 'x'), ('a', ''), ('/',), ('a', 'b/', 'c'), ('/a', '')]:
    print(parts, repr(p.join(*parts)))
for s in ['/a/b', 'a', '/a', 'a/b/', '//x', '', '/', 'a//b', '///a/b']:
    print(repr(s), p.split(s), repr(p.basename(s)), repr(p.dirname(s)))
for s in ['a.b.c', '.bashrc', 'a/b.c/d', 'x.', '..a', 'a/.b', 'a/..b.c', '', 'noext', '/x/y.tar.gz']:
    print(repr(s), p.splitext(s))
for s in ['a//b/./c/../d', '/../a', '', '../../x', '//a', '///a', 'a/..', '.', '/', 'a/b/../../..',
          './a/', 'a/./b/', '../a/../b', '/a/b/c/../../d']:
    print(repr(s), repr(p.normpath(s)))
print(p.isabs('/x'), p.isabs('x'), p.isabs(''))

D = '_tmp_os_path'
try:
    os.mkdir(D)
except OSError:
    pass
with open(D + '/f.txt', 'w') as f:
    f.write('12345')
print(p.exists(D), p.exists(D + '/f.txt'), p.exists(D + '/none'), p.exists(''))
print(p.isdir(D), p.isdir(D + '/f.txt'), p.isfile(D + '/f.txt'), p.isfile(D), p.isfile(D + '/none'))
print(p.getsize(D + '/f.txt'))
try:
    p.getsize(D + '/none')
except OSError as e:
    print(type(e).__name__, e.errno)
print(p.abspath(D) == p.join(os.getcwd(), D), p.abspath('/x/../y'))
os.remove(D + '/f.txt')
os.rmdir(D)
print(p.sep, p.exists(D))
