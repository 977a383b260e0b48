# socket.getaddrinfo: CPython-shaped (family, type, proto, canonname, sockaddr) tuples
try:
    import socket
except ImportError:
    print("SKIP")
    raise SystemExit


def plain(res):
    # CPython's family/type are IntEnums: compare as ints
    return [(int(f), int(t), p, c, a) for f, t, p, c, a in res]


print(plain(socket.getaddrinfo("127.0.0.1", 80)))
print(plain(socket.getaddrinfo("127.0.0.1", 80, 0, socket.SOCK_STREAM)))
print(plain(socket.getaddrinfo("127.0.0.1", "8080", socket.AF_INET, socket.SOCK_DGRAM)))
print(plain(socket.getaddrinfo(None, 80, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE)))
print(plain(socket.getaddrinfo("::1", None, socket.AF_INET6, socket.SOCK_STREAM)))
print(plain(socket.getaddrinfo(host="10.1.2.3", port=5, type=socket.SOCK_STREAM)))
ai = socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM)[0]
print(ai[0] == socket.AF_INET, ai[1] == socket.SOCK_STREAM, ai[2] == socket.IPPROTO_TCP)
print(ai[-1])

# the result is what socket()/connect() take
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
f, t, p, _, addr = socket.getaddrinfo("127.0.0.1", srv.getsockname()[1], socket.AF_INET, socket.SOCK_STREAM)[0]
c = socket.socket(f, t, p)
c.connect(addr)
conn, _ = srv.accept()
c.send(b"via getaddrinfo")
print(conn.recv(100))
for s in (conn, c, srv):
    s.close()

# errors
try:
    socket.getaddrinfo(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    socket.getaddrinfo("127.0.0.1", "no-such-service-name", 0, socket.SOCK_STREAM)
except OSError as e:
    print("gaierror", isinstance(e, socket.gaierror), e.errno < 0)
print("done")
