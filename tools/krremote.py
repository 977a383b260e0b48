#!/usr/bin/env python3
"""krremote.py: drive a Krait board through its raw REPL (the MicroPython raw-REPL
protocol), either a QEMU-emulated board started here or a serial device.

  krremote.py --qemu FIRMWARE.elf run prog.py     run a file on a fresh emulated board
  krremote.py --qemu FIRMWARE.elf exec 'print(1)' run a string
  krremote.py --device /dev/pts/3 run prog.py     use a board already running

The program's output goes to stdout (line ends normalised to \\n); an exception's
traceback goes to stderr and the exit status is 1, as when running on the unix port.
Options: --machine (default mps2-an385), --timeout SECONDS, --raw-paste (use raw-paste
mode), --qemu-arg ARG (repeatable).

As a module: Board(firmware=...) or Board(device=...), then enter_raw(), exec_raw(code),
soft_reset_raw(), close(). tools/runtests.py uses it for --target qemu."""
import argparse
import os
import select
import subprocess
import sys
import time

RAW_BANNER = b"raw REPL; CTRL-B to exit\r\n>"
SOFT_REBOOT = b"soft reboot\r\n"


class BoardError(Exception):
    """The board did not answer as the protocol says (timeout, closed, reset)."""


class Board:
    def __init__(self, firmware=None, device=None, machine="mps2-an385", qemu_args=(),
                 timeout=30.0):
        self.firmware = firmware
        self.device = device
        self.machine = machine
        self.qemu_args = list(qemu_args)
        self.timeout = timeout
        self.proc = None
        self.fd_in = self.fd_out = None
        self.buf = b""
        self.log = b""          # everything received (for diagnostics), bounded
        self.start()

    # ---------------------------------------------------------------- transport

    def start(self):
        self.buf = b""
        if self.firmware:
            cmd = ["qemu-system-arm", "-machine", self.machine, "-nographic", "-monitor", "none",
                   "-serial", "stdio", "-semihosting", "-kernel", self.firmware] + self.qemu_args
            self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         stderr=subprocess.DEVNULL, bufsize=0,
                                         start_new_session=True)
            self.fd_in = self.proc.stdout.fileno()
            self.fd_out = self.proc.stdin.fileno()
        else:
            import termios
            import tty
            fd = os.open(self.device, os.O_RDWR | os.O_NOCTTY)
            tty.setraw(fd)
            attrs = termios.tcgetattr(fd)
            attrs[3] &= ~termios.ECHO
            termios.tcsetattr(fd, termios.TCSANOW, attrs)
            self.fd_in = self.fd_out = fd

    def restart(self):
        """Kill the emulator and boot a fresh one (after a hang or a crash)."""
        self.close()
        self.start()

    def write(self, data):
        while data:
            try:
                n = os.write(self.fd_out, data)
            except BrokenPipeError:
                raise BoardError("board closed the connection")
            data = data[n:]

    def _fill(self, deadline):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return False
        r, _, _ = select.select([self.fd_in], [], [], min(remaining, 0.5))
        if r:
            chunk = os.read(self.fd_in, 65536)
            if not chunk:
                raise BoardError("board closed the connection; got %r" % self.buf[-200:])
            self.buf += chunk
            self.log = (self.log + chunk)[-4096:]
        return True

    def read_until(self, marker, timeout=None):
        """Read until marker; return the bytes before it (the marker is consumed)."""
        deadline = time.monotonic() + (self.timeout if timeout is None else timeout)
        while marker not in self.buf:
            if not self._fill(deadline):
                raise BoardError("timeout waiting for %r; got %r" % (marker, self.buf[-300:]))
        i = self.buf.index(marker)
        out = self.buf[:i]
        self.buf = self.buf[i + len(marker):]
        return out

    def read_exact(self, n, timeout=None):
        deadline = time.monotonic() + (self.timeout if timeout is None else timeout)
        while len(self.buf) < n:
            if not self._fill(deadline):
                raise BoardError("timeout reading %d bytes" % n)
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def drain(self, quiet=0.1, limit=2.0):
        """Discard input until the board is quiet for `quiet` seconds."""
        end = time.monotonic() + limit
        while time.monotonic() < end:
            r, _, _ = select.select([self.fd_in], [], [], quiet)
            if not r:
                break
            chunk = os.read(self.fd_in, 65536)
            if not chunk:
                break
        self.buf = b""

    # ---------------------------------------------------------------- raw REPL

    def wait_boot(self, timeout=None):
        """After a (re)start: wait for the friendly prompt."""
        self.read_until(b">>> ", timeout)

    def enter_raw(self, timeout=None):
        """Interrupt whatever runs, then Ctrl-A for the raw REPL."""
        self.write(b"\r\x03\x03")
        time.sleep(0.05)
        self.buf = b""
        self.write(b"\x01")
        self.read_until(RAW_BANNER, timeout)

    def soft_reset_raw(self, timeout=None):
        """Ctrl-D on an empty raw REPL: soft reset, back to the raw REPL (main.py skipped)."""
        self.write(b"\x04")
        self.read_until(SOFT_REBOOT, timeout)
        self.read_until(RAW_BANNER, timeout)

    def exec_raw(self, code, timeout=None, raw_paste=False):
        """Run code; returns (stdout bytes, exception text bytes)."""
        if isinstance(code, str):
            code = code.encode()
        if raw_paste:
            self.write(b"\x05A\x01")
            head = self.read_exact(2, timeout)
            if head != b"R\x01":
                raise BoardError("raw-paste not supported: %r" % head)
            ws = self.read_exact(3, timeout)
            window = ws[0] | (ws[1] << 8)
            remain = window
            i = 0
            while i < len(code):
                while remain == 0 or (self.buf and self.buf[:1] == b"\x01"):
                    if remain == 0:
                        self.read_until(b"\x01", timeout)
                        remain += window
                    else:
                        self.buf = self.buf[1:]
                        remain += window
                n = min(remain, len(code) - i)
                self.write(code[i:i + n])
                i += n
                remain -= n
            self.write(b"\x04")
            # the board acknowledges the end with \x04 (possibly after more \x01s)
            self.read_until(b"\x04", timeout)
        else:
            for k in range(0, len(code), 256):
                self.write(code[k:k + 256])
            self.write(b"\x04")
            self.read_until(b"OK", timeout)
        out = self.read_until(b"\x04", timeout)
        err = self.read_until(b"\x04", timeout)
        self.read_until(b">", timeout)
        return out, err

    def close(self):
        if self.proc is not None:
            try:
                os.killpg(self.proc.pid, 9)
            except OSError:
                pass
            self.proc.wait()
            for f in (self.proc.stdin, self.proc.stdout):
                try:
                    f.close()
                except OSError:
                    pass
            self.proc = None
        elif self.fd_in is not None:
            os.close(self.fd_in)
            self.fd_in = None


def normalise(data):
    return data.replace(b"\r\n", b"\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--qemu", help="firmware ELF to boot in QEMU")
    ap.add_argument("--machine", default="mps2-an385")
    ap.add_argument("--qemu-arg", action="append", default=[], help="extra QEMU argument")
    ap.add_argument("--device", help="serial device of a running board")
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("--raw-paste", action="store_true")
    ap.add_argument("cmd", choices=["run", "exec"])
    ap.add_argument("arg")
    args = ap.parse_args()
    if not args.qemu and not args.device:
        ap.error("give --qemu FIRMWARE or --device PATH")
    if args.cmd == "run":
        with open(args.arg, "rb") as f:
            code = f.read()
    else:
        code = args.arg.encode()
    board = Board(firmware=args.qemu, device=args.device, machine=args.machine,
                  qemu_args=args.qemu_arg, timeout=args.timeout)
    try:
        if args.qemu:
            board.wait_boot()
        board.enter_raw()
        out, err = board.exec_raw(code, raw_paste=args.raw_paste)
    except BoardError as e:
        sys.stdout.buffer.write(normalise(board.buf))
        print("krremote: %s" % e, file=sys.stderr)
        board.close()
        return 3
    board.close()
    sys.stdout.buffer.write(normalise(out))
    sys.stdout.flush()
    if err:
        sys.stderr.buffer.write(normalise(err))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
