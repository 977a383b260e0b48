# krait-exp: hand-written (drives `krait --device` through a pty; the friendly REPL)
"""The friendly REPL: prompts, results echoed and kept in `_`, auto-indent after ':' and a
blank line ending the block, backspace dedenting, history (up/down), cursor keys,
home/end, delete, Ctrl-A/E/K/U editing, tab completion of names and attributes, Ctrl-B
banner, Ctrl-C cancelling a line or a block."""
import sys
from _pty import Board, Failure, run

UP, DOWN, LEFT, RIGHT = "\x1b[A", "\x1b[B", "\x1b[D", "\x1b[C"
HOME, END, DELETE = "\x1b[H", "\x1b[F", "\x1b[3~"


def start():
    b = Board()
    k = b.start()
    k.board = b
    k.expect(">>> ")
    return k


def stop(k):
    k.close()
    k.board.remove()


def results_and_underscore():
    k = start()
    try:
        k.send("6 * 7\r")
        k.expect("42\r\n>>> ")
        k.send("_ + 1\r")
        k.expect("43\r\n>>> ")
        k.send("None\r")
        k.expect(">>> ")
        k.send("_\r")
        k.expect("43\r\n>>> ")
        k.send("'a' 'b'\r")
        k.expect("'ab'\r\n>>> ")
        k.send("\r")
        k.expect(">>> ")
    finally:
        stop(k)


def auto_indent():
    k = start()
    try:
        k.send("for i in range(3):\r")
        k.expect("\r\n...     ")              # indented by 4 for us
        k.send("if i:\r")
        k.expect("\r\n...         ")          # 8 after a second ':'
        k.send("print('i', i)\r")
        k.expect("\r\n...         ")          # keeps the level
        k.send("\x7f")                        # backspace removes one level
        k.send("print('end', i)\r")
        k.expect("\r\n...     ")
        k.send("\r")                          # an empty line ends the block
        out = k.expect(">>> ")
        if out != "\r\nend 0\r\ni 1\r\nend 1\r\ni 2\r\nend 2\r\n":
            raise Failure("block ran as %r" % out)
        # Ctrl-C abandons the block
        k.send("while True:\r")
        k.expect("...     ")
        k.send("print('never')\r\x03")
        k.expect(">>> ")
        k.send("def g():\r")
        k.expect("...     ")
        k.send("return 5\r\r")
        k.expect(">>> ")
        k.send("g()\r")
        k.expect("5\r\n>>> ")
    finally:
        stop(k)


def history():
    k = start()
    try:
        k.send("a = 10\r")
        k.expect(">>> ")
        k.send("a * 2\r")
        k.expect("20\r\n>>> ")
        k.send(UP + "\r")                     # a * 2 again
        k.expect("20\r\n>>> ")
        k.send("a = 11\r")
        k.expect(">>> ")
        k.send(UP + UP + "\r")                # back past `a = 11` to `a * 2`
        k.expect("22\r\n>>> ")
        k.send(UP + UP + DOWN + "\r")         # up twice, down once: `a * 2`
        k.expect("22\r\n>>> ")
        k.send("\x10\r")                      # Ctrl-P: previous
        k.expect("22\r\n>>> ")
    finally:
        stop(k)


def line_editing():
    k = start()
    try:
        k.send("print(13)" + LEFT + LEFT + "4\r")              # insert in the middle
        k.expect("143\r\n>>> ")
        k.send("13" + HOME + "x=" + END + "0\r")                 # home, end
        k.expect(">>> ")
        k.send("x\r")
        k.expect("130\r\n>>> ")
        k.send("print(123)" + LEFT * 2 + "\x7f\r")               # backspace mid-line
        k.expect("13\r\n>>> ")
        k.send("print(123)" + LEFT * 2 + DELETE + "\r")          # delete key
        k.expect("12\r\n>>> ")
        k.send("5\x01x=\x05\r")                                   # Ctrl-A home, Ctrl-E end
        k.expect(">>> ")
        k.send("x\r")
        k.expect("5\r\n>>> ")
        k.send("garbage\x15print(77)\r")                         # Ctrl-U kills to start
        k.expect("77\r\n>>> ")
        k.send("print(88)junk" + LEFT * 4 + "\x0b\r")            # Ctrl-K kills to end
        k.expect("88\r\n>>> ")
        k.send("print(9)" + LEFT + LEFT + "\x02\x06" + "9\r")  # Ctrl-B/Ctrl-F move
        k.expect("99\r\n>>> ")
    finally:
        stop(k)


def completion():
    k = start()
    try:
        k.send("pri\t")
        k.expect("nt")                        # completed to `print`
        k.send("('done')\r")
        k.expect("done\r\n>>> ")
        k.send("import micropython\r")
        k.expect(">>> ")
        k.send("micropython.kbd\t")
        k.expect("_intr")
        k.send("\x03")
        k.expect(">>> ")
        k.send("class Thing:\r")
        k.send("alpha = 1\r")
        k.send("alpine = 2\r")
        k.send("beta = 3\r\r")
        k.expect(">>> ")
        k.send("Thing.al\t")
        k.expect("p")                         # the common part of alpha/alpine
        k.send("\t")                          # two candidates: listed, line shown again
        listing = k.expect(">>> Thing.alp")
        if "alpha" not in listing or "alpine" not in listing:
            raise Failure("candidates not listed: %r" % listing)
        k.send("i\t")
        k.expect("ne")
        k.send("\r")
        k.expect("2\r\n>>> ")
        k.send("Thing.zz\tq\r")               # nothing to complete: nothing added
        k.expect("AttributeError")
        k.expect(">>> ")
        k.send("nosuchname.x\t\x03")          # errors while completing are ignored
        k.expect(">>> ")
        k.send("if 1:\r")
        k.expect("...     ")
        k.send("\tx = 4\r\r")                 # tab in indentation indents
        k.expect(">>> ")
        k.send("x\r")
        k.expect("4\r\n>>> ")
    finally:
        stop(k)


def banner_and_cancel():
    k = start()
    try:
        k.send("\x02")
        k.expect("MicroPython v")
        k.expect("Type \"help()\" for more information.\r\n>>> ")
        k.send("print('x')\x03")
        k.expect("\r\n>>> ")
        k.send("1\r\n")                       # CR LF is one Enter
        k.expect("1\r\n>>> ")
        k.send("2\r")
        k.expect("2\r\n>>> ")
        if b"... " in k.out:
            raise Failure("continuation prompt appeared")
    finally:
        stop(k)


def unicode_editing():
    k = start()
    try:
        k.send("s = 'a\u00e9\u4e2db'\r")         # typed as UTF-8 bytes
        k.expect(">>> ")
        k.send("s, len(s)\r")
        k.expect("('a\u00e9\u4e2db', 4)\r\n>>> ")
        # left over whole characters, backspace and delete whole characters
        k.send("t = '\u00e9\u4e2d\u00fc'" + LEFT + LEFT + "\x7fx" + DELETE + "\r")
        k.expect(">>> ")
        k.send("t\r")
        k.expect("'\u00e9x'\r\n>>> ")
        k.send("u = '\u00e9'" + HOME + "\u00fc=0;" + END + "\r")
        k.expect(">>> ")
        k.send("u\r")
        k.expect("'\u00e9'\r\n>>> ")
    finally:
        stop(k)


sys.exit(run(results_and_underscore, unicode_editing, auto_indent, history, line_editing, completion,
             banner_and_cancel))
