# krait-exp: hand-written (drives the firmware's UART0 and UART1 through QEMU's pipe chardev)
"""machine.UART(1): QEMU's second serial port is a pair of named pipes on the host; a byte
the board writes is read by the host and a byte the host sends is read by the board
(read/readline/readinto/any, timeouts returning None, select.poll, print(file=uart)); input
larger than the receive ring is held back by QEMU, not lost; bad ids and settings are
ValueErrors; a deinit UART raises OSError."""
import os
import select
import shutil
import tempfile
import time
from _qemu import boot, raw

tmp = tempfile.mkdtemp(prefix="krait-uart-")
base = os.path.join(tmp, "uart1")
os.mkfifo(base + ".in")
os.mkfifo(base + ".out")


def host_read(fd, n, timeout=20):
    """n bytes the board sent on UART1 (waits for them, with a deadline)."""
    data = b""
    end = time.monotonic() + timeout
    while len(data) < n and time.monotonic() < end:
        r, _, _ = select.select([fd], [], [], 0.2)
        if r:
            data += os.read(fd, n - len(data))
    return data


b = boot(qemu_args=["-serial", "pipe:" + base])
try:
    # QEMU opened both pipes read-write at start: these opens do not block
    to_board = os.open(base + ".in", os.O_WRONLY)
    from_board = os.open(base + ".out", os.O_RDONLY | os.O_NONBLOCK)
    b.enter_raw()
    print(raw(b, """
from machine import UART
for args in ((0,), (5,), (-1,), (1, 9600, 7), (1, 9600, 8, 0), (1, 9600, 8, None, 2), (1, 100)):
    try:
        UART(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    UART(1, flow=1)
except ValueError as e:
    print('ValueError', e)
u = UART(1, 115200, timeout=3000)
print(u)
print(u.write(b'hello host\\n'), u.write('str too\\n'), u.txdone())
u.flush()
"""), end="")
    print("host got:", host_read(from_board, 19))
    os.write(to_board, b"line one\nline two\nxyz")
    print(raw(b, """
print(u.readline(), u.readline())
buf = bytearray(8)
print(u.readinto(buf), bytes(buf[:3]), u.any())
u.init(115200, timeout=50)
print(u.read(4), u.readline(), u.readinto(buf))
"""), end="")
    # select.poll on the UART: not readable, then readable once the host sends
    print(raw(b, """
import select
p = select.poll()
p.register(u, select.POLLIN)
print(p.poll(0), u.any())
"""), end="")
    os.write(to_board, b"ping")
    print(raw(b, """
ev = p.poll(3000)
print(len(ev), ev[0][0] is u, ev[0][1] == select.POLLIN, u.read())
print('x', 42, sep='-', file=u)
"""), end="")
    print("host got:", host_read(from_board, 5))
    # more than the 256-byte ring while the board is not reading: QEMU holds it back
    data = bytes(range(256)) * 3
    os.write(to_board, data)
    time.sleep(0.3)   # (let QEMU fill what it can; nothing must be lost either way)
    print(raw(b, """
u.init(115200, timeout=2000, timeout_char=200)
got = bytearray()
while len(got) < 768:
    c = u.read(768 - len(got))
    if c is None:
        break
    got.extend(c)
print(len(got), got == bytes(range(256)) * 3)
"""), end="")
    # an echo loop on the board: the host sends, the board answers in upper case
    os.write(to_board, b"echo me\n")
    print(raw(b, """
l = u.readline()
u.write(l.upper())
"""), end="")
    print("host got:", host_read(from_board, 8))
    print(raw(b, """
u.deinit()
for f in (lambda: u.read(), lambda: u.write(b'x'), lambda: u.readline()):
    try:
        f()
    except OSError as e:
        print('OSError', e.errno == 9)
print(u.any())
"""), end="")
finally:
    b.close()
    shutil.rmtree(tmp, ignore_errors=True)
