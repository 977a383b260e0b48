"""Helpers for the tests in tests/repl: run Krait on a pseudo-terminal and talk to it.

Each test is a CPython script run by tools/runtests.py as
    python3 tests/repl/NAME.py KRAIT [ARGS...]
(the interpreter command comes from --prefix-cmd/--krait). It prints what it checks;
the output is compared with NAME.exp. Reads have deadlines; nothing sleeps blindly."""
import os
import pty
import re
import select
import shutil
import signal
import sys
import tempfile
import time

TIMEOUT = float(os.environ.get("KRAIT_PTY_TIMEOUT", "10"))


class Failure(Exception):
    pass


class Krait:
    """A Krait process on a pty. out holds everything it printed (bytes)."""

    def __init__(self, args, cwd=None, heap=None):
        cmd = list(sys.argv[1:]) or ["krait"]
        if os.sep in cmd[0]:
            cmd[0] = os.path.abspath(cmd[0])
        if heap:
            cmd += ["-X", "heapsize=%s" % heap]
        cmd += list(args)
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            try:
                if cwd:
                    os.chdir(cwd)
                os.execvp(cmd[0], cmd)
            finally:
                os._exit(127)
        self.out = b""
        self.pos = 0          # expect() searches from here on
        self.status = None

    def send(self, data):
        if isinstance(data, str):
            data = data.encode()
        # read while writing: Krait echoes, and a full pty both ways would deadlock
        while data:
            r, w, _ = select.select([self.fd], [self.fd], [], TIMEOUT)
            if r:
                self._read(0)
            if w:
                n = os.write(self.fd, data[:1024])
                data = data[n:]
            if not r and not w:
                raise Failure("krait stopped reading input")

    def _read(self, timeout):
        r, _, _ = select.select([self.fd], [], [], timeout)
        if not r:
            return False
        try:
            chunk = os.read(self.fd, 65536)
        except OSError:
            chunk = b""
        if not chunk:
            raise EOFError("krait closed the terminal; output so far: %r" % self.out[-400:])
        self.out += chunk
        return True

    def expect(self, marker, timeout=TIMEOUT):
        """Wait until marker appears after the previous match; return the text before it."""
        if isinstance(marker, str):
            marker = marker.encode()
        deadline = time.monotonic() + timeout
        while True:
            i = self.out.find(marker, self.pos)
            if i >= 0:
                before = self.out[self.pos:i]
                self.pos = i + len(marker)
                return before.decode("utf-8", "replace")
            left = deadline - time.monotonic()
            if left <= 0:
                raise Failure("timeout waiting for %r; recent output: %r" % (marker, self.out[self.pos:][-400:]))
            try:
                self._read(left)
            except EOFError:
                raise Failure("krait ended waiting for %r; output: %r" % (marker, self.out[self.pos:][-400:]))

    def quiet(self, period=0.3):
        """True if nothing at all arrives within period seconds (used to show that input is
        ignored); the only waiting that is not for an expected event."""
        start = len(self.out)
        deadline = time.monotonic() + period
        while time.monotonic() < deadline:
            try:
                self._read(max(0.0, deadline - time.monotonic()))
            except EOFError:
                break
        return len(self.out) == start

    def wait_exit(self, timeout=TIMEOUT):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pid, st = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = os.waitstatus_to_exitcode(st)
                return self.status
            try:
                self._read(0.05)
            except EOFError:
                pass
        raise Failure("krait did not exit")

    def close(self):
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except OSError:
                pass
        try:
            os.close(self.fd)
        except OSError:
            pass


def without_interrupt(data):
    """data less a KeyboardInterrupt traceback: a Ctrl-C sent while a program is still
    finishing may interrupt it, which is fine for tests that check what happens after."""
    return re.sub(rb"Traceback \(most recent call last\):\r\n(?:  .*\r\n)*KeyboardInterrupt\r\n", b"", data)


class Board:
    """A directory used as a board's filesystem for `krait --device DIR`."""

    def __init__(self, files=None):
        self.dir = tempfile.mkdtemp(prefix="krait-board-")
        for name, text in (files or {}).items():
            self.write(name, text)

    def write(self, name, text):
        with open(os.path.join(self.dir, name), "w") as f:
            f.write(text)

    def start(self, *options, heap=None):
        return Krait(["--device", self.dir] + list(options), heap=heap)

    def remove(self):
        shutil.rmtree(self.dir, ignore_errors=True)


def run(*checks):
    """Run check functions in order; print 'ok NAME' or a failure report for each."""
    failed = 0
    for check in checks:
        try:
            check()
            print("ok", check.__name__)
        except Exception as e:   # report every failure, keep going
            failed += 1
            print("FAIL", check.__name__, "-", e)
        sys.stdout.flush()
    return 1 if failed else 0
