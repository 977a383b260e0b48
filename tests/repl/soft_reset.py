# krait-exp: hand-written (drives `krait --device` through a pty; soft reset)
"""Soft reset: Ctrl-D at an empty REPL line, SystemExit at the REPL, SystemExit from
main.py and from boot.py all clear Python state, print the soft-reboot line and run the
boot flow again; the free heap after N resets equals the free heap after one; a soft
reset asked for from the raw REPL skips main.py and returns to the raw REPL."""
import sys
from _pty import Board, Failure, run

MEM = "import gc; gc.collect(); print('free', gc.mem_free(), 'alloc', gc.mem_alloc())\r"


def ctrl_d_clears_state():
    b = Board({"main.py": "print('main')\n"})
    k = b.start()
    try:
        k.expect("main\r\n")
        k.expect(">>> ")
        k.send("leftover = 1\r")
        k.expect(">>> ")
        k.send("\x04")
        k.expect("\r\nMPY: soft reboot\r\nmain\r\n")
        k.expect(">>> ")
        k.send("'leftover' in globals()\r")
        k.expect("False\r\n>>> ")
    finally:
        k.close()
        b.remove()


def ctrl_d_only_on_empty_line():
    b = Board()
    k = b.start()
    try:
        k.expect(">>> ")
        k.send("12\x04\x04\x04\r")      # Ctrl-D with text on the line deletes forward
        k.expect("12\r\n>>> ")
        if b"soft reboot" in k.out:
            raise Failure("soft reset with text on the line")
    finally:
        k.close()
        b.remove()


def system_exit_at_repl():
    b = Board()
    k = b.start()
    try:
        k.expect(">>> ")
        k.send("import sys; sys.exit()\r")
        k.expect("MPY: soft reboot\r\n")
        k.expect(">>> ")
        k.send("raise SystemExit(3)\r")
        k.expect("MPY: soft reboot\r\n")
        k.expect(">>> ")
    finally:
        k.close()
        b.remove()


def system_exit_from_main():
    b = Board({"boot.py": "print('boot')\n",
               "main.py": "import sys\nprint('main, exiting')\nsys.exit()\n"})
    k = b.start("--main-end=halt")
    try:
        for _ in range(3):
            k.expect("boot\r\nmain, exiting\r\nMPY: soft reboot\r\n")
    finally:
        k.close()
        b.remove()


def system_exit_from_boot():
    b = Board({"boot.py": "print('boot')\nraise SystemExit\n", "main.py": "print('never')\n"})
    k = b.start()
    try:
        k.expect("boot\r\nMPY: soft reboot\r\nboot\r\nMPY: soft reboot\r\n")
        if b"never" in k.out:
            raise Failure("main.py ran after SystemExit in boot.py")
    finally:
        k.close()
        b.remove()


def no_heap_leak():
    b = Board({"boot.py": "import gc\ngarbage = [bytearray(100) for i in range(50)]\n",
               "main.py": "d = {i: str(i) for i in range(200)}\n"})
    k = b.start(heap="256k")
    try:
        k.expect(">>> ")
        k.send("\x04")
        k.expect(">>> ")
        k.send(MEM)
        first = k.expect(">>> ")
        for _ in range(8):
            k.send("x = [list(range(30)) for i in range(20)]; y = 'q' * 1000\r")
            k.expect(">>> ")
            k.send("\x04")
            k.expect("soft reboot")
            k.expect(">>> ")
        k.send(MEM)
        last = k.expect(">>> ")
        first = first.split("\r\n")[1]
        last = last.split("\r\n")[1]
        if first != last:
            raise Failure("heap differs after 1 and 9 resets: %r vs %r" % (first, last))
    finally:
        k.close()
        b.remove()


def raw_repl_soft_reset_skips_main():
    b = Board({"boot.py": "print('boot')\n", "main.py": "print('main')\nwhile True:\n    pass\n"})
    k = b.start()
    try:
        k.expect("main\r\n")
        k.send("\r\x03\x03")           # what host tools do: interrupt main.py
        k.expect(">>> ")
        k.send("\r\x01")
        k.expect("raw REPL; CTRL-B to exit\r\n>")
        k.send("\x04")                 # empty submission = soft reset
        k.expect("OK\r\nMPY: soft reboot\r\n")
        k.expect("boot\r\n")
        k.expect("raw REPL; CTRL-B to exit\r\n>")
        if k.out.count(b"main\r\n") != 1:
            raise Failure("main.py ran again after a raw-REPL soft reset")
        k.send("print('in raw')\x04")
        k.expect("OKin raw\r\n\x04\x04>")
        k.send("\x02")
        k.expect(">>> ")
        k.send("\x04")                 # from the friendly REPL main.py runs again
        k.expect("soft reboot\r\nboot\r\nmain\r\n")
    finally:
        k.close()
        b.remove()


sys.exit(run(ctrl_d_clears_state, ctrl_d_only_on_empty_line, system_exit_at_repl,
             system_exit_from_main, system_exit_from_boot, no_heap_leak,
             raw_repl_soft_reset_skips_main))
