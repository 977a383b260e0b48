# select.poll on sockets: a non-blocking accept driven by poll, POLLIN/POLLOUT on a
# connection, readable EOF, POLLHUP once both directions are shut, POLLERR after a refused connect
try:
    import socket
    import select
    import errno
except ImportError:
    print("SKIP")
    raise SystemExit

IN, OUT, ERR, HUP = select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP


def names(ev):
    return [n for n, b in (("IN", IN), ("OUT", OUT), ("ERR", ERR), ("HUP", HUP)) if ev & b]


def show(res):
    # MicroPython gives back the registered object, CPython its file descriptor
    print([(labels[o if isinstance(o, int) else o.fileno()], names(ev)) for o, ev in res])


labels = {}
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen(2)
srv.setblocking(False)
labels[srv.fileno()] = "srv"
try:
    srv.accept()
except OSError as e:
    print("accept would block:", errno.errorcode[e.errno])

p = select.poll()
p.register(srv, IN)
show(p.poll(0))

cli = socket.socket()
labels[cli.fileno()] = "cli"
cli.connect(srv.getsockname())
show(p.poll(2000))
conn, addr = srv.accept()
labels[conn.fileno()] = "conn"
print("accepted", addr == cli.getsockname())
p.unregister(srv)
show(p.poll(0))

# a fresh connection is writable, not readable
p.register(conn)
show(p.poll(0))
p.modify(conn, IN)
show(p.poll(0))
cli.send(b"data")
show(p.poll(2000))
print(conn.recv(10))
show(p.poll(0))

# registering by file descriptor
q = select.poll()
q.register(cli.fileno(), OUT)
print([(fd == cli.fileno(), names(ev)) for fd, ev in q.poll(0)])

# the peer closes: readable, recv gives b''
cli.close()
show(p.poll(2000))
print(conn.recv(10))
# both directions shut: POLLHUP is reported although not asked for
conn.shutdown(socket.SHUT_WR)
p.modify(conn, IN)
show(p.poll(2000))
p.unregister(conn)
conn.close()

# a UDP socket becomes readable when a datagram arrives
a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
labels[b.fileno()] = "udp"
b.bind(("127.0.0.1", 0))
p.register(b, IN)
show(p.poll(10))
a.sendto(b"x", b.getsockname())
show(p.poll(2000))
print(b.recv(10))
show(p.poll(0))
a.close()
b.close()

# a refused non-blocking connect: POLLERR (and POLLHUP) reported without asking
tmp = socket.socket()
tmp.bind(("127.0.0.1", 0))
port = tmp.getsockname()[1]
tmp.close()
nb = socket.socket()
nb.setblocking(False)
try:
    nb.connect(("127.0.0.1", port))
    refused = False
except OSError as e:
    refused = e.errno == errno.ECONNREFUSED
if not refused:
    q = select.poll()
    q.register(nb, OUT)
    ev = q.poll(2000)[0][1]
    refused = bool(ev & ERR) and nb.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) == errno.ECONNREFUSED
print("refused", refused)
nb.close()
srv.close()
print("done")
