# krait-exp: hand-written (drives `krait --device` through a pty: machine resets, timers)
"""machine on unix --device: an unfed WDT restarts the process as a board resets
(reset_cause() then WDT_RESET), machine.reset() restarts it with HARD_RESET; a Timer's
callback runs while the REPL waits for a key; a soft reset stops timers."""
import sys
from _pty import Board, Failure, run

MAIN = """import machine
c = machine.reset_cause()
print('cause', c)
if c == machine.PWRON_RESET:
    machine.WDT(timeout=100)
    print('spinning')
    while True:
        pass
elif c == machine.WDT_RESET:
    machine.reset()
"""


def wdt_and_reset_restart():
    b = Board({"main.py": MAIN})
    k = b.start()
    try:
        k.expect("cause 1\r\nspinning\r\n")
        k.expect("krait: WDT timeout: reset")
        k.expect("cause 3\r\n")
        k.expect("cause 2\r\n")
        k.expect(">>> ")
    finally:
        k.close()
        b.remove()


def timer_at_prompt():
    b = Board()
    k = b.start()
    try:
        k.expect(">>> ")
        k.send("import machine; t = machine.Timer(mode=machine.Timer.ONE_SHOT, period=50, "
               "callback=lambda t: print('idle tick'))\r")
        # on a loaded machine the tick may come before the prompt does: wait for the tick only
        k.expect("idle tick\r\n")
    finally:
        k.close()
        b.remove()


def soft_reset_stops_timers():
    b = Board()
    k = b.start()
    try:
        k.expect(">>> ")
        k.send("import machine; t = machine.Timer(period=20, callback=lambda t: print('tick'))\r")
        k.expect("tick\r\n")
        k.send("\x04")
        k.expect("soft reboot")
        k.expect(">>> ")
        k.quiet(0.3)
        if b"tick" in k.out[k.pos:]:
            raise Failure("a timer ran on after the soft reset: %r" % k.out[k.pos:])
    finally:
        k.close()
        b.remove()


sys.exit(run(wdt_and_reset_restart, timer_at_prompt, soft_reset_stops_timers))
