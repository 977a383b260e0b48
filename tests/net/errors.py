# socket: errors are OSError with CPython's errno (named via errno), bad arguments raise
# TypeError/ValueError/OverflowError, a closed socket gives EBADF
try:
    import socket
    import errno
except ImportError:
    print("SKIP")
    raise SystemExit


def show(f):
    try:
        r = f()
        print("ok", r)
    except TimeoutError:
        print("TimeoutError")
    except OSError as e:
        if isinstance(e.errno, int) and e.errno in errno.errorcode:
            print("OSError", errno.errorcode[e.errno])
        else:
            print("OSError", e)
    except Exception as e:
        print(type(e).__name__, e)


# a port nobody listens on: bound but not listening (kept bound until the end, so no other
# test running in parallel can take it meanwhile)
tmp = socket.socket()
tmp.bind(("127.0.0.1", 0))
free_port = tmp.getsockname()[1]

c = socket.socket()
show(lambda: c.connect(("127.0.0.1", free_port)))
try:
    c.connect(("127.0.0.1", free_port))
except OSError as e:
    print(isinstance(e, OSError), e.errno == errno.ECONNREFUSED)
c.close()

# bad arguments
s = socket.socket()
show(lambda: socket.socket("x"))
show(lambda: socket.socket(socket.AF_INET, "x"))
show(lambda: s.bind("x"))
show(lambda: s.bind(("127.0.0.1",)))
show(lambda: s.bind((1, 2)))
show(lambda: s.bind(("127.0.0.1", "x")))
show(lambda: s.bind(("127.0.0.1", 70000)))
show(lambda: s.connect(("127.0.0.1", -1)))
show(lambda: s.send("text"))
show(lambda: s.sendall(5))
show(lambda: s.sendto(b"x", "addr"))
show(lambda: s.recv(-1))
show(lambda: s.recv("x"))
show(lambda: s.settimeout(-1))
show(lambda: s.settimeout("x"))
show(lambda: s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, "x"))
show(lambda: s.listen("x"))
# not connected
show(lambda: s.send(b"x"))
show(lambda: s.getpeername())
# listen on an unbound socket then accept with a timeout
s.settimeout(0.02)
s.listen()
show(lambda: type(s.accept()))
s.setblocking(False)
show(lambda: s.accept())
s.close()

# a non-blocking connect that cannot finish at once
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
nb = socket.socket()
nb.setblocking(False)
try:
    nb.connect(srv.getsockname())
    print("connected at once")
except OSError as e:
    print("in progress", errno.errorcode[e.errno] in ("EINPROGRESS", "EAGAIN"))
nb.close()
srv.close()

# address in use
a = socket.socket()
a.bind(("127.0.0.1", 0))
a.listen(1)
b = socket.socket()
show(lambda: b.bind(a.getsockname()))
a.close()
b.close()

# use after close: every operation raises OSError(EBADF); close() again is fine
s = socket.socket()
s.close()
print("fileno", s.fileno())
show(lambda: s.recv(1))
show(lambda: s.send(b"x"))
show(lambda: s.sendto(b"x", ("127.0.0.1", 9)))
show(lambda: s.bind(("127.0.0.1", 0)))
show(lambda: s.listen(1))
show(lambda: s.accept())
show(lambda: s.connect(("127.0.0.1", 9)))
show(lambda: s.getsockname())
show(lambda: s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1))
show(lambda: s.settimeout(1))
show(lambda: s.setblocking(False))
show(lambda: s.close())

# unknown address family
try:
    socket.socket(9999)
except OSError as e:
    print("OSError", e.errno > 0)

# inet_pton / inet_ntop
print(socket.inet_pton(socket.AF_INET, "192.168.1.2"))
print(socket.inet_ntop(socket.AF_INET, b"\x7f\x00\x00\x01"))
print(socket.inet_pton(socket.AF_INET6, "::1"))
print(socket.inet_ntop(socket.AF_INET6, b"\xfe\x80" + b"\x00" * 13 + b"\x05"))
print(socket.inet_ntop(socket.AF_INET6, socket.inet_pton(socket.AF_INET6, "2001:db8::ff00:42:8329")))
show(lambda: socket.inet_pton(socket.AF_INET, "1.2.3"))
show(lambda: socket.inet_pton(socket.AF_INET, "1.2.3.400"))
show(lambda: socket.inet_ntop(socket.AF_INET, b"123"))
show(lambda: socket.inet_ntop(socket.AF_INET6, b"1234"))

# socket.error is OSError, socket.timeout is TimeoutError
print(socket.error is OSError, issubclass(socket.timeout, OSError), issubclass(socket.gaierror, OSError))
print("done")
