# krait-exp: hand-written (tools/krremote.py drives `krait --device` over a pty pair)
"""The host tool tools/krremote.py, written for the MicroPython raw-REPL protocol, drives
a unix "device" through a serial-like pty: interrupting a main.py that never returns,
exec, run with raw-paste, and exceptions reported on stderr with status 1."""
import os
import pty
import select
import subprocess
import sys
import tempfile
import threading
import tty

from _pty import Board, Failure, run

HERE = os.path.dirname(os.path.abspath(__file__))
KRREMOTE = os.path.join(HERE, "..", "..", "tools", "krremote.py")


class Wired:
    """krait --device on one pty, a second pty for the tool, bytes relayed between."""

    def __init__(self, board):
        self.dev_master, dev_slave = pty.openpty()
        self.tool_master, self.tool_slave = pty.openpty()
        tty.setraw(self.tool_master)
        cmd = list(sys.argv[1:]) + ["--device", board.dir]
        self.proc = subprocess.Popen(cmd, stdin=dev_slave, stdout=dev_slave, stderr=dev_slave,
                                     start_new_session=True)
        os.close(dev_slave)
        self.path = os.ttyname(self.tool_slave)
        self.stop = False
        self.thread = threading.Thread(target=self.relay, daemon=True)
        self.thread.start()

    def relay(self):
        pairs = {self.dev_master: self.tool_master, self.tool_master: self.dev_master}
        while not self.stop:
            r, _, _ = select.select(list(pairs), [], [], 0.1)
            for fd in r:
                try:
                    data = os.read(fd, 4096)
                except OSError:
                    return
                if data:
                    os.write(pairs[fd], data)

    def tool(self, *args):
        p = subprocess.run([sys.executable, KRREMOTE, "--device", self.path, "--timeout", "10"]
                           + list(args), capture_output=True, timeout=30)
        return p.returncode, p.stdout.decode(), p.stderr.decode()

    def close(self):
        self.stop = True
        self.thread.join()
        self.proc.kill()
        self.proc.wait()
        for fd in (self.dev_master, self.tool_master, self.tool_slave):
            os.close(fd)


def with_board(files, body):
    b = Board(files)
    w = Wired(b)
    try:
        body(w, b)
    finally:
        w.close()
        b.remove()


def exec_and_run():
    def body(w, b):
        st, out, err = w.tool("exec", "print('hello', 6 * 7)")
        if (st, out, err) != (0, "hello 42\n", ""):
            raise Failure("exec: %r" % ((st, out, err),))
        prog = os.path.join(b.dir, "prog.py")
        with open(prog, "w") as f:
            f.write("s = 0\n" + "".join("s += %d  # filler filler filler\n" % i for i in range(200))
                    + "print(s)\n")
        st, out, err = w.tool("--raw-paste", "run", prog)
        if (st, out, err) != (0, "19900\n", ""):
            raise Failure("raw-paste run: %r" % ((st, out, err),))
        st, out, err = w.tool("exec", "import nosuchmodule")
        if st != 1 or out != "" or "No module named" not in err:
            raise Failure("error: %r" % ((st, out, err),))
    with_board({}, body)


def takes_over_a_busy_board():
    def body(w, b):
        st, out, err = w.tool("exec", "print('took over')")
        if (st, out) != (0, "took over\n"):
            raise Failure("interrupting main.py: %r" % ((st, out, err),))
    with_board({"main.py": "while True:\n    pass\n"}, body)


sys.exit(run(exec_and_run, takes_over_a_busy_board))
