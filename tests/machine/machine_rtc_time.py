# krait-exp: hand-written (CPython has no machine module; the board's RTC model)
# On a board the wall clock is the RTC: setting RTC().datetime() moves time.time(),
# time.time_ns(), time.localtime() and time.gmtime() with it. (unix: SKIP; there the RTC
# offset is the process's own and time.time() stays the host's clock.)
import sys

try:
    from machine import RTC
except ImportError:
    print("SKIP")
    raise SystemExit
if sys.platform == "linux":
    print("SKIP")
    raise SystemExit
import time

r = RTC()
saved = r.datetime()
t0 = time.ticks_ms()
r.datetime((2030, 6, 15, 0, 10, 20, 30, 0))
want = time.mktime((2030, 6, 15, 10, 20, 30, 0, 0))
print(0 <= time.time() - want < 20, 0 <= time.time_ns() // 10**9 - want < 20)
print(time.localtime()[:5], time.gmtime()[:5])
r.datetime((2001, 9, 9, 0, 1, 46, 40, 0))
print(0 <= int(time.time()) - 1000000000 < 20, time.localtime()[:3])

secs = time.mktime((saved[0], saved[1], saved[2], saved[4], saved[5], saved[6], 0, 0)) + \
    time.ticks_diff(time.ticks_ms(), t0) // 1000
tt = time.localtime(secs)
r.datetime((tt[0], tt[1], tt[2], 0, tt[3], tt[4], tt[5], 0))
