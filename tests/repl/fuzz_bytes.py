# krait-exp: hand-written (throws random bytes at the REPLs of `krait --device`)
"""Random bytes (control keys, escape sequences, UTF-8 fragments, text) at the friendly
REPL, paste mode and the raw REPL never crash Krait: afterwards it still answers."""
import random
import sys
from _pty import Board, Failure, run

PIECES = [b"\x01", b"\x02", b"\x03", b"\x04", b"\x05", b"\x1b", b"\x1b[", b"\x1b[A", b"\x1b[B",
          b"\x1b[C", b"\x1b[D", b"\x1b[3~", b"\x1b[1;5C", b"\x1b[99999999~", b"\t", b"\x7f",
          b"\x08", b"\r", b"\n", b"\x0b", b"\x15", b"\x10", b"\x0e", b"\x06", b"\xff", b"\xc3",
          b"\xe4\xb8", b"\x00", b"(", b"'", b'"""', b":", b"    ", b"import ", b"sys.", b"1/0",
          b"print(", b"def f", b"x", b"_", b"\x05A", b"\x05A\x01", b"..."]


def recover(k, seed):
    # whatever mode it is in: leave paste mode / raw REPL / a block, end any input() call
    k.send(b"\x03\x03\r\x03\x02\x03")
    k.send(b"print('alive', %d)\r" % seed)
    k.expect("alive %d\r\n" % seed, timeout=20)


def random_bytes():
    b = Board()
    k = b.start(heap="512k")
    try:
        k.expect(">>> ")
        for seed in range(12):
            rnd = random.Random(seed)
            data = b"".join(rnd.choice(PIECES) if rnd.random() < 0.7 else bytes([rnd.randrange(256)])
                            for _ in range(400))
            # no raw-paste uploads that never end: the recovery bytes end them anyway
            k.send(data)
            recover(k, seed)
    finally:
        k.close()
        b.remove()


def long_line():
    b = Board()
    k = b.start(heap="64k")
    try:
        k.expect(">>> ")
        k.send(b"x" * 100000)
        k.send(b"\x03")
        recover(k, 99)
    finally:
        k.close()
        b.remove()


sys.exit(run(random_bytes, long_line))
