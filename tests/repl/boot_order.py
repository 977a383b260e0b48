# krait-exp: hand-written (drives `krait --device` through a pty; checks the boot flow)
"""Boot flow: boot.py then main.py then the REPL; absent files skipped; an exception in
either prints its traceback and the flow goes on; boot.py globals reach main.py and the
REPL; main.py may be absent."""
import sys
from _pty import Board, Failure, run


def both_files_in_order():
    b = Board({"boot.py": "print('boot runs')\nshared = 5\n",
               "main.py": "print('main runs', shared)\nmain_val = shared * 2\n"})
    k = b.start()
    try:
        k.expect("boot runs\r\n")
        k.expect("main runs 5\r\n")
        k.expect("Type \"help()\" for more information.\r\n>>> ")
        k.send("main_val, shared\r")
        k.expect("(10, 5)\r\n>>> ")
    finally:
        k.close()
        b.remove()


def only_main():
    b = Board({"main.py": "print('only main')\n"})
    k = b.start()
    try:
        k.expect("only main\r\n")
        k.expect(">>> ")
    finally:
        k.close()
        b.remove()


def no_files():
    b = Board()
    k = b.start()
    try:
        banner = k.expect(">>> ")
        if not banner.startswith("MicroPython"):
            raise Failure("expected the banner first, got %r" % banner)
    finally:
        k.close()
        b.remove()


def boot_exception_continues():
    b = Board({"boot.py": "print('boot starts')\n1/0\n",
               "main.py": "print('main still runs')\nraise ValueError('in main')\n"})
    k = b.start()
    try:
        k.expect("boot starts\r\n")
        tb = k.expect("ZeroDivisionError: division by zero\r\n")
        if 'File "boot.py", line 2' not in tb:
            raise Failure("traceback does not name boot.py: %r" % tb)
        k.expect("main still runs\r\n")
        tb = k.expect("ValueError: in main\r\n")
        if 'File "main.py", line 2' not in tb:
            raise Failure("traceback does not name main.py: %r" % tb)
        k.expect(">>> ")
        k.send("print('repl ok')\r")
        k.expect("repl ok\r\n")
    finally:
        k.close()
        b.remove()


def syntax_error_in_main():
    b = Board({"main.py": "print('x'\n"})
    k = b.start()
    try:
        k.expect("SyntaxError")
        k.expect(">>> ")
    finally:
        k.close()
        b.remove()


sys.exit(run(both_files_in_order, only_main, no_files, boot_exception_continues,
             syntax_error_in_main))
