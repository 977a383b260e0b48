# krait-exp: hand-written (drives `krait --device` through a pty; Ctrl-C and kbd_intr)
"""Ctrl-C raises KeyboardInterrupt in a tight loop (main.py and the REPL), in time.sleep,
in input(); micropython.kbd_intr(-1) turns it off, kbd_intr(c) moves it to another byte;
--no-ctrlc boots with it off; a `while True: try/except Exception` main still stops."""
import sys
import time
from _pty import Board, Failure, run


def tight_loop_in_main():
    b = Board({"main.py": "print('spin')\nwhile True:\n    pass\n"})
    k = b.start()
    try:
        k.expect("spin\r\n")
        k.send("\x03")
        tb = k.expect("KeyboardInterrupt\r\n")
        if 'File "main.py", line' not in tb:
            raise Failure("traceback should point into main.py: %r" % tb)
        k.expect(">>> ")
        k.send("print('alive')\r")
        k.expect("alive\r\n>>> ")
    finally:
        k.close()
        b.remove()


def tight_loop_at_repl():
    b = Board()
    k = b.start()
    try:
        k.expect(">>> ")
        k.send("def f():\r")
        k.expect("...     ")
        k.send("print('looping')\r")
        k.send("while True: pass\r")
        k.send("\r")
        k.expect(">>> ")
        k.send("f()\r")
        k.expect("looping\r\n")
        k.send("\x03")
        tb = k.expect("KeyboardInterrupt\r\n>>> ")
        if "in f" not in tb:
            raise Failure("traceback should show f: %r" % tb)
        k.send("for i in range(10**9):\r")
        k.expect("... ")
        k.send("x = i\r")
        k.send("if i == 1000: print('counting')\r\r")   # x > 0 whenever Ctrl-C lands
        k.expect("counting\r\n")
        k.send("\x03")
        k.expect("KeyboardInterrupt\r\n>>> ")
        k.send("x > 0\r")
        k.expect("True\r\n>>> ")
    finally:
        k.close()
        b.remove()


def in_sleep():
    b = Board()
    k = b.start()
    try:
        k.expect(">>> ")
        k.send("import time; print('sleeping'); time.sleep(60)\r")
        k.expect("sleeping\r\n")
        t0 = time.monotonic()
        k.send("\x03")
        k.expect("KeyboardInterrupt\r\n>>> ")
        if time.monotonic() - t0 > 5:
            raise Failure("Ctrl-C took too long to end time.sleep")
        k.send("time.sleep_ms(1); print('after')\r")
        k.expect("after\r\n>>> ")
    finally:
        k.close()
        b.remove()


def in_input():
    b = Board()
    k = b.start()
    try:
        k.expect(">>> ")
        k.send("s = input('name? ')\r")
        k.expect("')\r\nname? ")
        k.send("krait\r")
        k.expect(">>> ")
        k.send("s\r")
        k.expect("'krait'\r\n>>> ")
        k.send("input('again? ')\r")
        k.expect("')\r\nagain? ")   # input()'s prompt, not the echo of the typed line
        k.send("\x03")
        k.expect("KeyboardInterrupt\r\n>>> ")
    finally:
        k.close()
        b.remove()


LOOP_FOR = ("import time\n"
            "def spin(ms):\n"
            "    t = time.ticks_ms()\n"
            "    while time.ticks_diff(time.ticks_ms(), t) < ms:\n"
            "        pass\n"
            "    print('spin finished')\n")


def kbd_intr_disabled():
    b = Board({"boot.py": LOOP_FOR})
    k = b.start()
    try:
        k.expect(">>> ")
        k.send("import micropython; micropython.kbd_intr(-1); print('off'); spin(400)\r")
        k.expect("off\r\n")
        k.send("\x03")
        k.expect("spin finished\r\n>>> ")
        if b"KeyboardInterrupt" in k.out:
            raise Failure("Ctrl-C went through")
        # the REPL still edits with Ctrl-C: it cancels a line
        k.send("print('never')\x03")
        k.expect(">>> ")
        k.send("micropython.kbd_intr(3); print('on'); spin(20000)\r")
        k.expect("on\r\n")
        k.send("\x03")
        k.expect("KeyboardInterrupt\r\n>>> ")
    finally:
        k.close()
        b.remove()


def kbd_intr_other_char():
    b = Board({"boot.py": LOOP_FOR})
    k = b.start()
    try:
        k.expect(">>> ")
        k.send("import micropython; micropython.kbd_intr(0x18); print('ctrl-x'); spin(20000)\r")
        k.expect("ctrl-x\r\n")
        k.send("\x03")   # no longer the interrupt char
        k.send("\x18")
        k.expect("KeyboardInterrupt\r\n>>> ")
    finally:
        k.close()
        b.remove()


def no_ctrlc_setting():
    b = Board({"boot.py": LOOP_FOR, "main.py": "print('main')\nspin(400)\n"})
    k = b.start("--no-ctrlc")
    try:
        k.expect("main\r\n")
        k.send("\x03")
        k.expect("spin finished\r\n")
        k.expect(">>> ")
        if b"KeyboardInterrupt" in k.out:
            raise Failure("Ctrl-C went through")
    finally:
        k.close()
        b.remove()


def catch_all_loop_still_interrupted():
    main = ("print('guarded')\n"
            "while True:\n"
            "    try:\n"
            "        raise Exception('simulate an uncaught exception')\n"
            "    except Exception:\n"
            "        pass\n")
    b = Board({"main.py": main})
    k = b.start()
    try:
        k.expect("guarded\r\n")
        k.send("\x03")
        k.expect("KeyboardInterrupt\r\n")
        k.expect(">>> ")
    finally:
        k.close()
        b.remove()


sys.exit(run(tight_loop_in_main, tight_loop_at_repl, in_sleep, in_input, kbd_intr_disabled,
             kbd_intr_other_char, no_ctrlc_setting, catch_all_loop_still_interrupted))
