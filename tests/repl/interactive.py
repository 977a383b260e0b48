# krait-exp: hand-written (drives plain `krait` on a pty: the unix interactive REPL)
"""`krait` with no program on a terminal: the same friendly REPL, but boot.py/main.py in
the current directory are not run, Ctrl-D on an empty line exits (status 0), SystemExit
exits with its status, SIGINT interrupts running code, and the terminal is restored."""
import os
import signal
import sys
from _pty import Board, Failure, Krait, run


def no_boot_files_and_ctrl_d_exits():
    b = Board({"boot.py": "print('boot ran')\n", "main.py": "print('main ran')\n"})
    k = Krait([], cwd=b.dir)
    try:
        k.expect(">>> ")
        if b"ran" in k.out:
            raise Failure("boot files ran: %r" % k.out)
        k.send("import sys; sys.argv\r")
        k.expect("['']\r\n>>> ")
        k.send("\x04")
        st = k.wait_exit()
        if st != 0:
            raise Failure("status %r" % st)
    finally:
        k.close()
        b.remove()


def sys_exit_status():
    k = Krait([])
    try:
        k.expect(">>> ")
        k.send("import sys\r")
        k.expect(">>> ")
        k.send("sys.exit(3)\r")
        st = k.wait_exit()
        if st != 3:
            raise Failure("status %r" % st)
    finally:
        k.close()


def sigint_interrupts():
    k = Krait([])
    try:
        k.expect(">>> ")
        k.send("import time; print('sleeping'); time.sleep(30)\r")
        k.expect("sleeping\r\n")
        os.kill(k.pid, signal.SIGINT)
        k.expect("KeyboardInterrupt\r\n>>> ")
        k.send("print('alive')\r")
        k.expect("alive\r\n>>> ")
    finally:
        k.close()


def raw_repl_soft_reset_stays():
    k = Krait([])
    try:
        k.expect(">>> ")
        k.send("a = 1\r\x01")
        k.expect("raw REPL; CTRL-B to exit\r\n>")
        k.send("\x04")
        k.expect("OK\r\nMPY: soft reboot\r\nraw REPL; CTRL-B to exit\r\n>")
        k.send("print('a' in globals())\x04")
        k.expect(b"OKFalse\r\n\x04\x04>")
    finally:
        k.close()


sys.exit(run(no_boot_files_and_ctrl_d_exits, sys_exit_status, sigint_interrupts,
             raw_repl_soft_reset_stays))
