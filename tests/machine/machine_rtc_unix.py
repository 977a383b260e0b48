# krait-exp: hand-written (CPython has no machine module; the unix port's RTC)
# unix: RTC().datetime() is the host's local time (as time.localtime()); setting it keeps
# an offset in this process only: time.time() stays the host's clock. (Boards: SKIP;
# machine_rtc_time.py checks that their time.time() follows the RTC.)
import sys

try:
    from machine import RTC
except ImportError:
    print("SKIP")
    raise SystemExit
if sys.platform != "linux":
    print("SKIP")
    raise SystemExit
import time

r = RTC()
lt = time.localtime()
dt = r.datetime()
# the same moment (unless a minute turned in between: then the next one)
print(dt[:3] + dt[4:6] == lt[:5] or (dt[4] * 60 + dt[5]) - (lt[3] * 60 + lt[4]) in (1, -1439))
print(dt[3] == lt[6])
before = time.time()
r.datetime((2031, 7, 4, 0, 9, 30, 0, 0))
print(r.datetime()[:5], abs(time.time() - before) < 60)
