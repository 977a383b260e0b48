# krait-exp: hand-written (drives `krait --device` through a pty; paste mode, raw REPL)
"""Paste mode (Ctrl-E ... Ctrl-D runs it as one file, Ctrl-C cancels); the raw REPL
(Ctrl-A, OK, output, \\x04, error, \\x04, >, Ctrl-C, Ctrl-B) and raw-paste mode with
window flow control for a program larger than several windows, byte-exact."""
import sys
from _pty import Board, Failure, run

RAW_BANNER = b"raw REPL; CTRL-B to exit\r\n>"


def start():
    b = Board()
    k = b.start()
    k.board = b
    k.expect(">>> ")
    return k


def stop(k):
    k.close()
    k.board.remove()


def paste_mode():
    k = start()
    try:
        k.send("\x05")
        k.expect("\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ")
        k.send("def f(n):\r\n    if n:\r\n        return n * 2\r\n\r\n    return -1\r\nprint(f(4), f(0))\r\n")
        k.expect("=== print(f(4), f(0))\r\n=== ")
        k.send("\x04")
        k.expect("\r\n8 -1\r\n>>> ")
        # no auto-indent and no echo of results in paste mode: it is a file
        k.send("\x05")
        k.expect("=== ")
        k.send("1 + 1\rx = 3\r\x04")
        out = k.expect(">>> ")
        if "2\r\n" in out.split("=== x = 3")[-1]:
            raise Failure("paste mode echoed an expression: %r" % out)
        k.send("x\r")
        k.expect("3\r\n>>> ")
    finally:
        stop(k)


def paste_mode_cancel():
    k = start()
    try:
        k.send("\x05")
        k.expect("=== ")
        k.send("print('cancelled')\r\x03")
        k.expect(">>> ")
        k.send("print('back')\r")
        out = k.expect("back\r\n>>> ")
        if "cancelled\r\n" in k.out.decode().replace("print('cancelled')", ""):
            raise Failure("cancelled paste ran")
    finally:
        stop(k)


def raw_repl_exec():
    k = start()
    try:
        k.send("\x01")
        k.expect(b"\r\n" + RAW_BANNER)
        k.send("print('hi')\nfor i in range(3):\n    print(i)\x04")
        out = k.expect(b"\x04")
        if out != "OKhi\r\n0\r\n1\r\n2\r\n":
            raise Failure("raw output %r" % out)
        err = k.expect(b"\x04>")
        if err != "":
            raise Failure("raw error %r" % err)
        k.send("1/0\x04")
        out = k.expect(b"\x04")
        err = k.expect(b"\x04>")
        if out != "OK" or not err.endswith("ZeroDivisionError: division by zero\r\n"):
            raise Failure("raw exception: %r %r" % (out, err))
        k.send("x = 1\x03y = 2\x04")             # Ctrl-C clears the buffer
        k.expect(b"OK\x04\x04>")
        k.send("print('y' in globals(), 'x' in globals())\x04")
        k.expect(b"OKTrue False\r\n\x04\x04>")
        k.send("print('go')\nwhile True:\n    pass\x04")  # a host interrupting running code
        k.expect(b"OKgo\r\n")
        k.send("\x03")
        out = k.expect(b"\x04")
        err = k.expect(b"\x04>")
        if out != "" or not err.endswith("KeyboardInterrupt\r\n"):
            raise Failure("raw interrupt: %r %r" % (out, err))
        k.send("\x01")                           # Ctrl-A again resets the raw REPL
        k.expect(RAW_BANNER)
        k.send("\x02")
        k.expect(b"\r\nMicroPython")
        k.expect(">>> ")
    finally:
        stop(k)


def raw_paste(code, k):
    """The host side of raw-paste mode, as host tools do it; returns the byte count."""
    k.send(b"\x05A\x01")
    k.expect(b"R\x01")
    while len(k.out) < k.pos + 3:
        k._read(5)
    window = k.out[k.pos] | (k.out[k.pos + 1] << 8)
    k.pos += 2
    remain = window
    i = 0
    max_seen = 0
    while i < len(code):
        # take every flow-control byte that has arrived; wait for one when out of room
        while True:
            tail = k.out[k.pos:]
            if tail[:1] == b"\x01":
                k.pos += 1
                remain += window
                continue
            if tail[:1] == b"\x04":
                raise Failure("device ended the paste early")
            if remain > 0:
                break
            k._read(5)
        n = min(remain, len(code) - i)
        k.send(code[i:i + n])
        i += n
        remain -= n
        max_seen = max(max_seen, remain)
    k.send(b"\x04")
    k.expect(b"\x04")
    return window


def raw_paste_large():
    k = start()
    try:
        k.send("\x01")
        k.expect(RAW_BANNER)
        lines = ["total = 0"]
        for j in range(120):
            lines.append("total += %d  # padding padding padding padding" % j)
        lines.append("s = '%s'" % ("\u00e9\u4e2d" * 100))
        lines.append("print(total, len(s), len(s.encode()))")
        code = ("\n".join(lines) + "\n").encode()
        window = raw_paste(code, k)
        if len(code) < 8 * window:
            raise Failure("program (%d bytes) should be many windows (%d)" % (len(code), window))
        out = k.expect(b"\x04")
        err = k.expect(b"\x04>")
        if out != "7140 200 500\r\n" or err != "":
            raise Failure("raw-paste run: %r %r" % (out, err))
        # a compile error is reported like any exception
        raw_paste(b"x = (\n", k)
        out = k.expect(b"\x04")
        err = k.expect(b"\x04>")
        if out != "" or "SyntaxError" not in err:
            raise Failure("raw-paste syntax error: %r %r" % (out, err))
        # the raw REPL still works afterwards
        k.send("print(total)\x04")
        k.expect(b"OK7140\r\n\x04\x04>")
    finally:
        stop(k)


def raw_paste_window_respected():
    # the device must not ask for more than it announced: count flow-control bytes
    k = start()
    try:
        k.send("\x01")
        k.expect(RAW_BANNER)
        code = b"a = 1\n" * 500   # 3000 bytes
        k.send(b"\x05A\x01")
        k.expect(b"R\x01")
        while len(k.out) < k.pos + 3:
            k._read(5)
        window = k.out[k.pos] | (k.out[k.pos + 1] << 8)
        if k.out[k.pos + 2] != 1:
            raise Failure("no initial window grant after the size")
        k.pos += 3
        sent = 0
        credit = 2 * window   # the size itself and the \x01 after it each grant a window
        while sent < len(code):
            n = min(credit, len(code) - sent)
            k.send(code[sent:sent + n])
            sent += n
            credit -= n
            if sent < len(code):
                k.expect(b"\x01")
                credit += window
        k.send(b"\x04")
        k.expect(b"\x04")
        k.expect(b"\x04\x04>")
        k.send("print(a)\x04")
        k.expect(b"OK1\r\n\x04\x04>")
    finally:
        stop(k)


sys.exit(run(paste_mode, paste_mode_cancel, raw_repl_exec, raw_paste_large,
             raw_paste_window_respected))
