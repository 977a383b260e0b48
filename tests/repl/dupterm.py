# krait-exp: hand-written (drives plain `krait` on a pty: the REPL through os.dupterm)
"""os.dupterm at the REPL: keys read from the attached stream are typed into the REPL
(with the terminal's keys still working), the REPL's echo and results are written to the
stream as well as to the terminal (tracebacks too), os.dupterm(None) gives the terminal back alone; a
stream at its end (readinto -> 0) is detached with a message."""
import sys
from _pty import Failure, Krait, run

FEED_CLASS = ("exec('class F:\\n def __init__(s, d, eof=False): s.d = d; s.o = []; s.eof = eof\\n"
              " def readinto(s, b):\\n  if not s.d: return 0 if s.eof else None\\n"
              "  b[0] = s.d[0]; s.d = s.d[1:]; return 1\\n"
              " def write(s, b): s.o.append(bytes(b))')\r")


def keys_from_stream():
    k = Krait([])
    try:
        k.expect(">>> ")
        k.send("import os\r")
        k.expect(">>> ")
        k.send(FEED_CLASS)
        k.expect(">>> ")
        k.send("f = F(b'print(6 * 7)\\r'); os.dupterm(f)\r")
        k.expect("42\r\n>>> ")
        k.send("x = 5\r")   # the terminal still types too
        k.expect(">>> ")
        k.send("out = b''.join(f.o); os.dupterm(None) is f\r")
        k.expect("True\r\n>>> ")
        k.send("b'print(6 * 7)' in out, b'42' in out, b'x = 5' in out, len(f.o) > 0\r")
        k.expect("(True, True, True, True)\r\n>>> ")
        k.send("f.o = []; os.dupterm(f); 1 / 0\r")   # a traceback reaches the stream too
        k.expect("ZeroDivisionError: division by zero\r\n>>> ")
        k.send("os.dupterm(None) is f, b'ZeroDivisionError' in b''.join(f.o)\r")
        k.expect("(True, True)\r\n>>> ")
        k.send("n = len(f.o); print('alone'); len(f.o) == n\r")
        k.expect("alone\r\nTrue\r\n>>> ")
    finally:
        k.close()


def eof_detaches():
    k = Krait([])
    try:
        k.expect(">>> ")
        k.send("import os\r")
        k.expect(">>> ")
        k.send(FEED_CLASS)
        k.expect(">>> ")
        k.send("g = F(b'y = 7\\r', True); os.dupterm(g)\r")
        k.expect("dupterm: EOF received, deactivating")
        k.send("y, os.dupterm(None)\r")
        k.expect("(7, None)\r\n>>> ")
    finally:
        k.close()


sys.exit(run(keys_from_stream, eof_detaches))
