#!/usr/bin/env python3
"""krremote.py: drive a Krait board through its raw REPL (the MicroPython raw-REPL
protocol), either a QEMU-emulated board started here or a serial device.

  krremote.py --qemu FIRMWARE.elf run prog.py     run a file on a fresh emulated board
  krremote.py --qemu FIRMWARE.elf exec 'print(1)' run a string
  krremote.py --device /dev/pts/3 run prog.py     use a board already running

The program's output goes to stdout (line ends normalised to \\n); an exception's
traceback goes to stderr and the exit status is 1, as when running on the unix port.
Options: --machine (default mps2-an385), --timeout SECONDS, --raw-paste (use raw-paste
mode), --sys-argv (ignored on the board)."""
import argparse
import os
import select
import subprocess
import sys
import time


class Board:
    def __init__(self, args):
        self.proc = None
        self.fd_in = self.fd_out = None
        self.timeout = args.timeout
        if args.qemu:
            cmd = ["qemu-system-arm", "-machine", args.machine, "-nographic", "-monitor", "none",
                   "-serial", "stdio", "-semihosting", "-kernel", args.qemu]
            for extra in args.qemu_arg or []:
                cmd += extra.split()
            self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         stderr=subprocess.DEVNULL, bufsize=0)
            self.fd_in = self.proc.stdout.fileno()
            self.fd_out = self.proc.stdin.fileno()
        else:
            fd = os.open(args.device, os.O_RDWR | os.O_NOCTTY)
            import termios
            import tty
            tty.setraw(fd)
            attrs = termios.tcgetattr(fd)
            attrs[3] &= ~termios.ECHO
            termios.tcsetattr(fd, termios.TCSANOW, attrs)
            self.fd_in = self.fd_out = fd
        self.buf = b""
        self.deadline = time.monotonic() + self.timeout

    def write(self, data):
        while data:
            n = os.write(self.fd_out, data)
            data = data[n:]

    def read_until(self, marker, keep=False):
        """Read until marker; return the bytes before it."""
        while marker not in self.buf:
            remaining = self.deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("timeout waiting for %r; got %r" % (marker, self.buf[-200:]))
            r, _, _ = select.select([self.fd_in], [], [], min(remaining, 0.5))
            if r:
                chunk = os.read(self.fd_in, 4096)
                if not chunk:
                    raise EOFError("board closed the connection; got %r" % self.buf[-200:])
                self.buf += chunk
        i = self.buf.index(marker)
        out = self.buf[:i]
        self.buf = self.buf[i + len(marker):]
        return out

    def enter_raw(self):
        # Interrupt whatever runs, then Ctrl-A for the raw REPL.
        self.write(b"\r\x03\x03")
        time.sleep(0.05)
        self.write(b"\x01")
        self.read_until(b"raw REPL; CTRL-B to exit\r\n>")

    def exec_raw(self, code, raw_paste=False):
        if raw_paste:
            self.write(b"\x05A\x01")
            resp = self.read_until(b"\x01", keep=True)
            # resp ends with b"R"; then 2 bytes window size and \x01
            if not resp.endswith(b"R"):
                raise RuntimeError("raw-paste not supported: %r" % resp)
            while len(self.buf) < 3:
                self.read_more()
            window = self.buf[0] | (self.buf[1] << 8)
            self.buf = self.buf[2:]
            self.read_until(b"\x01")
            remain = window
            i = 0
            while i < len(code):
                while remain == 0:
                    self.read_until(b"\x01")
                    remain += window
                n = min(remain, len(code) - i)
                self.write(code[i:i + n])
                i += n
                remain -= n
            self.write(b"\x04")
            self.read_until(b"\x04")
        else:
            for k in range(0, len(code), 256):
                self.write(code[k:k + 256])
                time.sleep(0.001)
            self.write(b"\x04")
            self.read_until(b"OK")
        out = self.read_until(b"\x04")
        err = self.read_until(b"\x04")
        self.read_until(b">")
        return out, err

    def read_more(self):
        r, _, _ = select.select([self.fd_in], [], [], 0.5)
        if r:
            self.buf += os.read(self.fd_in, 4096)

    def close(self):
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--qemu", help="firmware ELF to boot in QEMU")
    ap.add_argument("--machine", default="mps2-an385")
    ap.add_argument("--qemu-arg", action="append", help="extra QEMU arguments")
    ap.add_argument("--device", help="serial device of a running board")
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("--raw-paste", action="store_true")
    ap.add_argument("cmd", choices=["run", "exec"])
    ap.add_argument("arg")
    ap.add_argument("rest", nargs="*")
    args = ap.parse_args()
    if not args.qemu and not args.device:
        ap.error("give --qemu FIRMWARE or --device PATH")
    if args.cmd == "run":
        with open(args.arg, "rb") as f:
            code = f.read()
    else:
        code = args.arg.encode()
    board = Board(args)
    try:
        board.enter_raw()
        out, err = board.exec_raw(code, args.raw_paste)
    except (TimeoutError, EOFError, RuntimeError) as e:
        sys.stdout.buffer.write(board.buf.replace(b"\r\n", b"\n"))
        print("krremote: %s" % e, file=sys.stderr)
        board.close()
        return 3
    board.close()
    sys.stdout.buffer.write(out.replace(b"\r\n", b"\n"))
    sys.stdout.flush()
    if err:
        sys.stderr.buffer.write(err.replace(b"\r\n", b"\n"))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
