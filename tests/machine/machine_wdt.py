# board: skip (starts a watchdog that outlives the test; tests/board/machine_wdt.py covers the board)
# krait-exp: hand-written (CPython has no machine module; MicroPython's machine.WDT API)
# machine.WDT: bad arguments; feed() keeps the program alive well past the timeout; a
# second WDT() is the same watchdog with a new timeout; there is no deinit().
try:
    from machine import WDT
except ImportError:
    print("SKIP")
    raise SystemExit
import time

for kw in ({"id": 1}, {"timeout": 0}, {"timeout": -10}):
    try:
        WDT(**kw)
    except ValueError as e:
        print("ValueError", e)
w = WDT(timeout=1000)
for i in range(30):
    time.sleep_ms(50)
    w.feed()
print("fed for 1.5 s")
w2 = WDT(timeout=60000)
print(w2 is w, hasattr(w, "deinit"))
time.sleep_ms(300)
print("longer timeout")
