# krait-exp: hand-written (boots the PRODUCT_DEMO firmware: frozen main.py, REPL disabled)
"""PRODUCT_DEMO runs its frozen main.py at boot, prints its status lines, then halts: no
input byte (Ctrl-C, Ctrl-A, a line of Python) gets a prompt or any answer."""
import os
import re
import select
import time
from _qemu import boot

b = boot("PRODUCT_DEMO")
try:
    out = b.read_until(b"demo: done\r\n", 30).replace(b"\r\n", b"\n").decode()
    for l in out.splitlines():
        print(re.sub(r"heap free \d+ of \d+", "heap free N of M", l))
    m = re.search(r"heap free (\d+) of (\d+)", out)
    print("heap:", 120000 < int(m.group(2)) <= 128 * 1024, int(m.group(1)) > 100000)
    b.write(b"\x03\r\x01print(1)\x04\r\x02\r\x05")
    time.sleep(1.5)
    r, _, _ = select.select([b.fd_in], [], [], 1.0)
    extra = os.read(b.fd_in, 4096) if r else b""
    print("answer to input:", extra + b.buf)
finally:
    b.close()
