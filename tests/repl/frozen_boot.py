# krait-exp: hand-written (drives `krait --device` of the frozen variant through a pty)
"""Frozen boot.py and main.py (tests/repl/_frozen_board, frozen into the unix frozen
variant) win over the copies on the board's filesystem, which cannot replace them.
Prints SKIP on a build without them."""
import sys
from _pty import Board, Failure, run


def frozen_wins():
    b = Board({"boot.py": "print('filesystem boot')\n", "main.py": "print('filesystem main')\n"})
    k = b.start()
    try:
        k.expect(">>> ")
        if b"frozen boot" not in k.out:
            print("SKIP")
            sys.exit(0)
        k.pos = 0
        k.expect("frozen boot\r\nfrozen main; boot says 7\r\n")
        if b"filesystem" in k.out:
            raise Failure("a filesystem copy ran: %r" % k.out)
        # soft reset: the frozen copies run again
        k.send("\x04")
        k.expect("MPY: soft reboot\r\nfrozen boot\r\nfrozen main; boot says 7\r\n")
        k.expect(">>> ")
    finally:
        k.close()
        b.remove()


sys.exit(run(frozen_wins))
