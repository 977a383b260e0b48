# socket: AF_UNIX stream and datagram sockets on Linux's abstract names (no files left behind)
try:
    import socket
    import random
    import sys
except ImportError:
    print("SKIP")
    raise SystemExit
if not hasattr(socket, "AF_UNIX") or sys.platform != "linux":
    print("SKIP")
    raise SystemExit

tag = ("%08x" % random.getrandbits(32)).encode()
name = b"\x00krait-test-" + tag

srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
srv.bind(name)
srv.listen(1)
print(srv.getsockname() == name, srv.family == socket.AF_UNIX)
cli = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
cli.connect(name)
conn, addr = srv.accept()
print("peer", repr(addr), cli.getpeername() == name)
cli.sendall(b"over unix\n")
print(conn.recv(100))
conn.send(b"back")
print(cli.recv(100))
for s in (conn, cli, srv):
    s.close()

# datagrams between two bound names
a = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
b = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
a.bind(name + b"-a")
b.bind(name + b"-b")
a.sendto(b"dgram", name + b"-b")
data, frm = b.recvfrom(100)
print(data, frm == name + b"-a")
a.close()
b.close()

# errors: an AF_UNIX address is a str or bytes
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
try:
    s.connect(("127.0.0.1", 80))
except TypeError:
    print("TypeError")
try:
    s.connect(name + b"-nobody")
except OSError as e:
    print("OSError", e.errno == 111)
s.close()
print("done")
