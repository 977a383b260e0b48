# krait-exp: hand-written (drives `krait --device` of the frozen variant through a pty)
"""Frozen boot.py and main.py (tests/repl/_frozen_board, frozen into the unix frozen
variant) win over the copies on the board's filesystem, which cannot replace them.
Given BUILD/krait, the test uses BUILD-frozen/krait when it exists (`make test` builds
build-frozen and build-asan-frozen); prints SKIP when no build has the frozen files."""
import os
import sys
from _pty import Board, Failure, run

if len(sys.argv) > 1 and os.sep in sys.argv[1]:
    exe = os.path.abspath(sys.argv[1])
    sibling = os.path.join(os.path.dirname(exe) + "-frozen", os.path.basename(exe))
    if not os.path.dirname(exe).endswith("-frozen") and os.path.exists(sibling):
        sys.argv[1] = sibling


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
