import io

b = io.BytesIO()
print(b.write(b"hello\n"), b.write(bytearray(b"world\n")), b.write(memoryview(b"xyz")))
print(b.getvalue(), b.tell())
print(b.seek(0), b.read(3), b.tell(), b.read(), b.read())
b.seek(0)
print(b.readline(), b.readline(), b.readline(), b.readline())
b.seek(-2, 2)
print(b.read(), b.seek(-3, 1), b.read(1))
b.seek(0)
print(b.readlines(), list(io.BytesIO(b"a\nb\n")))
b.seek(2)
b.write(b"ZZ")
print(b.getvalue())
b.seek(20)
b.write(b"!")
print(b.getvalue(), b.tell())
print(b.truncate(4), b.getvalue(), b.tell())
r = io.BytesIO(b"0123456789")
buf = bytearray(4)
print(r.readinto(buf), buf, r.readinto(buf), buf, r.tell())
print(r.readinto(bytearray(10)), r.readinto(bytearray(3)))
print(io.BytesIO(b"abc").read(-1), io.BytesIO(b"abc").read(None), io.BytesIO(b"ab\ncd").readline(1))

with io.BytesIO(b"data") as f:
    print(f.read(2), f.closed)
print(f.closed)

def err(fn, *a):
    try:
        fn(*a)
    except Exception as e:
        print(type(e).__name__, e)

err(f.read)
err(f.write, b"x")
err(f.getvalue)
g = io.BytesIO()
err(g.write, "str")
err(g.seek, -1)
err(g.seek, 0, 5)
err(io.BytesIO, "str")
err(g.truncate, -1)
g.seek(0, 2)
g.seek(-100, 1)
print(g.tell())
