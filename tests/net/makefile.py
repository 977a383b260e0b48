# socket stream use: makefile('rwb', 0) with write/readline/read/readinto, over loopback TCP
try:
    import socket
except ImportError:
    print("SKIP")
    raise SystemExit

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
cli = socket.socket()
cli.connect(srv.getsockname())
conn, _ = srv.accept()

f = conn.makefile("rwb", 0)
cf = cli.makefile("rwb", 0)
print(cf.write(b"line one\nline two\npartial"))
print(f.readline())
print(f.readline())
cli.send(b" end\nrest")
print(f.readline())
print(f.read(4))

# write from the server side, read with readinto
print(f.write(b"abcdefgh"))
buf = bytearray(8)
n = 0
while n < 8:
    n += cf.readinto(memoryview(buf)[n:])
print(n, buf)

# readline at EOF returns what is left, then b''
cli.send(b"tail without newline")
cli.shutdown(socket.SHUT_WR)
print(f.readline())
print(f.readline())
print(f.read())

f.close()
conn.close()
cf.close()
cli.close()
srv.close()
print("done")
