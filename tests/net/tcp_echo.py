# socket: TCP over loopback within one process: bind to port 0, listen, connect,
# accept, send/recv/sendall, getsockname/getpeername, EOF, shutdown, context manager
try:
    import socket
except ImportError:
    print("SKIP")
    raise SystemExit

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen(1)
host, port = srv.getsockname()
print("listening", host, type(port).__name__, 0 < port < 65536)

cli = socket.socket()
print(cli.family == socket.AF_INET, cli.type == socket.SOCK_STREAM, cli.proto)
cli.connect(("127.0.0.1", port))
conn, addr = srv.accept()
print("accepted from", addr[0], addr == cli.getsockname())
print("peer", conn.getpeername() == cli.getsockname(), cli.getpeername() == (host, port))
print("blocking", conn.gettimeout(), cli.gettimeout())

print("send", cli.send(b"hello"))
print("recv", conn.recv(5))
conn.sendall(b"world" * 1000)
got = b""
while len(got) < 5000:
    d = cli.recv(4096)
    if not d:
        break
    got += d
print("sendall", len(got), got[:10], got == b"world" * 1000)

# bytearray and memoryview are accepted as data
cli.send(bytearray(b"ab"))
cli.send(memoryview(b"xcdx")[1:3])
buf = bytearray(8)
n = 0
while n < 4:
    n += conn.recv_into(memoryview(buf)[n:])
print("recv_into", n, bytes(buf[:n]))

# a recv with a small buffer returns part of the data
cli.send(b"0123456789")
print(conn.recv(4))
print(conn.recv(100))

# one side shuts down writing: the other reads EOF (b'') and can still send
cli.shutdown(socket.SHUT_WR)
print("eof", conn.recv(10))
conn.send(b"bye")
print(cli.recv(10))
conn.close()
print("eof2", cli.recv(10))
cli.close()

# context manager closes the socket
with socket.socket() as s:
    s.connect(("127.0.0.1", port))
    c, a = srv.accept()
    with c:
        s.sendall(b"ctx")
        print(c.recv(3))
    print("closed", c.fileno())
print("closed", s.fileno())

# TCP_NODELAY and SO_KEEPALIVE can be set and read back
s = socket.socket()
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print("nodelay", s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
s.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
print("keepalive", s.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) != 0)
s.close()
srv.close()
print("done")
