# krait-exp: hand-written (drives `krait --device` through a pty; end-of-main policies)
"""What happens when main.py ends: --main-end=repl (default), restart (soft reset and run
again, also after an exception), halt (input ignored)."""
import sys
from _pty import Board, Failure, run, without_interrupt


def policy_repl():
    b = Board({"main.py": "print('main done')\n"})
    k = b.start("--main-end=repl")
    try:
        k.expect("main done\r\n")
        k.expect(">>> ")
    finally:
        k.close()
        b.remove()


def policy_restart():
    b = Board({"boot.py": "print('boot')\n", "main.py": "print('main pass')\n"})
    k = b.start("--main-end=restart")
    try:
        for _ in range(3):
            k.expect("boot\r\nmain pass\r\nMPY: soft reboot\r\n")
    finally:
        k.close()
        b.remove()


def policy_restart_after_exception():
    b = Board({"main.py": "print('try')\nraise OSError(5, 'EIO')\n"})
    k = b.start("--main-end=restart")
    try:
        for _ in range(2):
            k.expect("try\r\n")
            k.expect("OSError: [Errno 5]")
            k.expect("MPY: soft reboot\r\n")
    finally:
        k.close()
        b.remove()


def policy_halt():
    b = Board({"main.py": "print('main done')\n"})
    k = b.start("--main-end=halt")
    try:
        k.expect("main done\r\n")
        k.send("print('no')\r\x03\x04\x01print(1)\x04\x02\x05")
        k.quiet(0.5)
        if without_interrupt(k.out[k.pos:]):
            raise Failure("a halted board answered: %r" % k.out[k.pos:])
        if b">>>" in k.out:
            raise Failure("a prompt appeared")
    finally:
        k.close()
        b.remove()


def halt_without_main_goes_to_repl():
    b = Board()
    k = b.start("--main-end=halt")
    try:
        k.expect(">>> ")
    finally:
        k.close()
        b.remove()


sys.exit(run(policy_repl, policy_restart, policy_restart_after_exception, policy_halt,
             halt_without_main_goes_to_repl))
