"""Helpers for tests/board: boot a Krait firmware in QEMU and talk to its UART.

Each test is a CPython script run by tools/runtests.py (--target qemu) as
    python3 tests/board/NAME.py FIRMWARE.elf
and prints what it checks; the output is compared with NAME.exp. Run by the unix
target (argument = the krait command, not an .elf) a test prints SKIP."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
import krremote  # noqa: E402

BANNER_END = b'Type "help()" for more information.\r\n>>> '


def firmware(board="GENERIC"):
    """The firmware ELF given on the command line (for another board: the same build
    layout, build-qemu-<BOARD>/firmware.elf), or exit with SKIP."""
    args = sys.argv[1:]
    if not args or not args[0].endswith(".elf"):
        print("SKIP")
        sys.exit(0)
    fw = os.path.abspath(args[0])
    if board != "GENERIC":
        d = os.path.dirname(os.path.dirname(fw))
        fw = os.path.join(d, "build-qemu-%s" % board, "firmware.elf")
        if not os.path.exists(fw):
            print("SKIP")
            sys.exit(0)
    return fw


def boot(board="GENERIC", timeout=20, qemu_args=()):
    """A booted board at its friendly prompt (GENERIC) or just started (others)."""
    b = krremote.Board(firmware=firmware(board), timeout=timeout, qemu_args=qemu_args)
    if board == "GENERIC":
        b.read_until(BANNER_END)
    return b


def line(b, text, timeout=None):
    """Type a line at the friendly REPL; return its output up to the next prompt (text)."""
    b.write(text.encode() + b"\r")
    out = b.read_until(b">>> ", timeout)
    out = out.replace(b"\r\n", b"\n").decode("utf-8", "replace")
    # drop the echo of the line itself
    first, _, rest = out.partition("\n")
    return rest


def masked(s):
    """Hide register values in a fault dump (they vary with the build)."""
    return re.sub(r"=[0-9a-f]{8}", "=XXXXXXXX", s)


def raw(b, code, timeout=30):
    """Run code in the raw REPL (entered with b.enter_raw()); return its output with "\n"
    line ends, and the exception text after "!" if it raised."""
    out, err = b.exec_raw(code.encode(), timeout=timeout)
    out = out.replace(b"\r\n", b"\n").decode("utf-8", "replace")
    if err:
        out += "!" + err.replace(b"\r\n", b"\n").decode("utf-8", "replace")
    return out
