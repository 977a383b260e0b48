# krait-exp: hand-written (drives `krait --device --no-repl` through a pty)
"""REPL disabled: no input byte reaches a Python prompt or the raw REPL, whether main.py
is absent, ends, raises, or is interrupted; with restart the product just runs again."""
import sys
from _pty import Board, Failure, run, without_interrupt

PROBE = b"\r\n\x03\x02\x01print('raw')\x04\x04\x05print('paste')\x04print('friendly')\r\n\x05A\x01"


def check_silent(k, what):
    k.send(PROBE)
    k.quiet(0.5)
    if without_interrupt(k.out[k.pos:]):
        raise Failure("%s: board answered %r" % (what, k.out[k.pos:]))
    if b">>>" in k.out or b"raw REPL" in k.out or b"paste mode" in k.out:
        raise Failure("%s: a prompt appeared: %r" % (what, k.out))


def no_main():
    b = Board({"boot.py": "print('ready')\n"})
    k = b.start("--no-repl")
    try:
        k.expect("ready\r\n")
        check_silent(k, "no main.py")
    finally:
        k.close()
        b.remove()


def main_ends():
    b = Board({"main.py": "print('product ran')\n"})
    k = b.start("--no-repl")
    try:
        k.expect("product ran\r\n")
        check_silent(k, "after main.py")
    finally:
        k.close()
        b.remove()


def main_raises():
    b = Board({"main.py": "raise RuntimeError('boom')\n"})
    k = b.start("--no-repl")
    try:
        k.expect("RuntimeError: boom\r\n")
        check_silent(k, "after an exception")
    finally:
        k.close()
        b.remove()


def interrupted_main():
    b = Board({"main.py": "print('looping')\nwhile True:\n    pass\n"})
    k = b.start("--no-repl")
    try:
        k.expect("looping\r\n")
        k.send("\x03")
        k.expect("KeyboardInterrupt\r\n")
        check_silent(k, "after Ctrl-C")
    finally:
        k.close()
        b.remove()


def interrupted_main_restarts():
    b = Board({"main.py": "print('looping')\nwhile True:\n    pass\n"})
    k = b.start("--no-repl", "--main-end=restart")
    try:
        k.expect("looping\r\n")
        k.send("\x03")
        k.expect("KeyboardInterrupt")
        k.expect("MPY: soft reboot\r\nlooping\r\n")
        if b">>>" in k.out:
            raise Failure("a prompt appeared")
    finally:
        k.close()
        b.remove()


def program_still_reads_input():
    b = Board({"main.py": "s = input('code? ')\nprint('got', s)\n"})
    k = b.start("--no-repl")
    try:
        k.expect("code? ")
        k.send("1234\r")
        k.expect("got 1234\r\n")
        check_silent(k, "after input()")
    finally:
        k.close()
        b.remove()


sys.exit(run(program_still_reads_input, no_main, main_ends, main_raises, interrupted_main, interrupted_main_restarts))
