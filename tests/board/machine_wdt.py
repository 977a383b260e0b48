# krait-exp: hand-written (drives the firmware's UART through watchdog resets)
"""machine.WDT on the CMSDK watchdog: bad arguments; feed() keeps the board alive past the
timeout; an unfed watchdog resets the board (also from a busy loop and across a soft
reset), after which reset_cause() is WDT_RESET; a second WDT() sets a new timeout; no
deinit(); machine.reset() reports HARD_RESET; power-on reports PWRON_RESET."""
import time
from _qemu import boot, line, BANNER_END

b = boot()
try:
    line(b, "import machine, time")
    print("power on:", line(b, "print(machine.reset_cause() == machine.PWRON_RESET)").strip())
    for args in ("1", "timeout=0", "timeout=-5", "timeout=10**6", "id=2, timeout=100"):
        print(line(b, "exec('try:\\n machine.WDT(%s)\\nexcept ValueError as e:\\n print(\\'ValueError\\', e)')"
                   % args).strip())
    # fed every 100 ms, a 1 s watchdog never fires
    print(line(b, "w = machine.WDT(timeout=1000); exec('for i in range(25):\\n time.sleep_ms(100); w.feed()');"
                  " print('fed for 2.5 s')", 30).strip())
    print("no deinit:", line(b, "print(hasattr(w, 'deinit'), machine.WDT() is w)").strip())
    # WDT() again: a new timeout (long), then unfed: the board resets
    line(b, "w = machine.WDT(timeout=200); w = machine.WDT(timeout=1500)")
    print("longer timeout:", line(b, "time.sleep_ms(600); print('alive')").strip())
    b.read_until(BANNER_END, 30)
    print("reset by the watchdog, cause:",
          line(b, "import machine; print(machine.reset_cause() == machine.WDT_RESET)").strip())
    # a busy loop that never feeds
    b.write(b"w = machine.WDT(timeout=300); exec('while True:\\n pass')\r")
    b.read_until(BANNER_END, 30)
    print("busy loop reset:", line(b, "import machine; print(machine.reset_cause())").strip())
    # it keeps running across a soft reset (Ctrl-D)
    line(b, "w = machine.WDT(timeout=700)")
    b.write(b"\x04")
    soft = b.read_until(BANNER_END, 30)
    print("soft reset:", b"soft reboot" in soft)
    b.read_until(BANNER_END, 30)
    print("then the watchdog:", line(b, "import machine; print(machine.reset_cause())").strip())
    # machine.reset() while no watchdog runs
    b.write(b"machine.reset()\r")
    b.read_until(BANNER_END, 30)
    print("machine.reset():", line(b, "import machine; print(machine.reset_cause() == machine.HARD_RESET)").strip())
finally:
    b.close()
