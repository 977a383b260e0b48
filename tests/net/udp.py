# socket: UDP over loopback: sendto/recvfrom, connected UDP, timeouts and non-blocking reads
try:
    import socket
    import errno
except ImportError:
    print("SKIP")
    raise SystemExit

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(a.type == socket.SOCK_DGRAM)
a.bind(("127.0.0.1", 0))
b.bind(("127.0.0.1", 0))
aaddr = a.getsockname()
baddr = b.getsockname()

print("sendto", a.sendto(b"ping", baddr))
data, frm = b.recvfrom(100)
print("recvfrom", data, frm == aaddr)
print("sendto", b.sendto(b"pong", frm))
data, frm = a.recvfrom(100)
print("recvfrom", data, frm == baddr)

# datagrams keep their boundaries
a.sendto(b"one", baddr)
a.sendto(b"two!", baddr)
print(b.recv(100), b.recv(100))

# a datagram longer than the buffer is cut
a.sendto(b"0123456789", baddr)
print(b.recvfrom(4)[0])

# empty datagram
a.sendto(b"", baddr)
print(b.recvfrom(10)[0])

# connected UDP: send/recv with the fixed peer
a.connect(baddr)
print("send", a.send(b"conn"))
print(b.recv(10))

# timeouts
b.settimeout(0.05)
print("timeout", b.gettimeout())
try:
    b.recv(10)
except OSError as e:
    print("timed out:", isinstance(e, OSError), type(e).__name__)
# non-blocking
b.setblocking(False)
print("timeout", b.gettimeout())
try:
    b.recvfrom(10)
except OSError as e:
    print("would block:", errno.errorcode[e.errno])
a.send(b"late")
import time
for i in range(100):
    try:
        print(b.recv(10))
        break
    except OSError:
        time.sleep(0.01)
b.setblocking(True)
print("timeout", b.gettimeout())
b.settimeout(None)
print("timeout", b.gettimeout())
b.settimeout(2)
print("timeout", b.gettimeout())
a.send(b"in time")
print(b.recv(10))

a.close()
b.close()
print("done")
