# krait-exp: hand-written (MicroPython's stream methods on sockets: CPython sockets have no read/write/readline; on a non-blocking socket they give None when nothing can be done)
try:
    import socket
    import select
except ImportError:
    print("SKIP")
    raise SystemExit

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
cli = socket.socket()
cli.connect(srv.getsockname())
conn, _ = srv.accept()
conn.setblocking(False)

print(conn.read(), conn.read(4), conn.readline(), conn.readinto(bytearray(4)))
print(cli.write(b"abc\nde"))
p = select.poll()
p.register(conn, select.POLLIN)
print(len(p.poll(2000)))
print(conn.readline())
print(conn.readline())          # part of a line: what is there
print(conn.readline())          # nothing more yet
print(cli.write(b"0123456789", 2, 5))  # write(buf, off, max_len)
print(cli.write(b"ABCDEF", 2))          # write(buf, max_len)
p.poll(2000)
print(conn.read(3), conn.read())

# writing until the socket buffer is full: a short count, then None
n = 0
while True:
    r = conn.write(b"z" * 65536)
    if r is None:
        break
    n += r
print("filled", n > 0)
got = 0
cli.settimeout(1)
while got < n:
    got += len(cli.recv(65536))
print("drained", got == n)
print(conn.makefile("rb") is conn)
conn.close()
cli.close()
srv.close()
print("done")
