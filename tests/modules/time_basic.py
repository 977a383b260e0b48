# time module: ticks arithmetic, sleep, gmtime/mktime round trips, u-prefixed alias
# krait-exp: hand-written (ticks_*, sleep_ms and utime are MicroPython APIs; gmtime/mktime values checked against CPython time.gmtime/calendar.timegm)
try:
    import utime
except ImportError:
    utime = None
import time
import sys
t0 = time.ticks_ms()
time.sleep_ms(20)
d = time.ticks_diff(time.ticks_ms(), t0)
print(15 <= d < 2000)
t1 = time.ticks_us()
time.sleep(0.01)
print(time.ticks_diff(time.ticks_us(), t1) >= 9000)
P = time.ticks_add(0, -1) + 1   # the ticks period: 2^30 on 32-bit ports, 2^62 on 64-bit unix
print(P == (1 << 30 if sys.maxsize < 2**32 else 1 << 62))
print(time.ticks_diff(5, P - 5), time.ticks_add(P - 1, 2), time.ticks_diff(0, P // 2) == -(P // 2))
print(time.ticks_diff(100, 200), time.ticks_add(10, -20) == P - 10)
print(time.gmtime(0)[:8], time.gmtime(1700000000)[:8])
for t in (0, 1, 59, 86399, 951782400, 1709208000, 4102444800, 1234567890):
    print(t, time.gmtime(t)[:8], time.mktime(time.gmtime(t)) == t)
print(time.mktime((2024, 2, 29, 12, 0, 0, 0, 0, 0)), time.mktime((2023, 13, 1, 0, 0, 0, 0, 0, 0)))
print(type(time.time()), type(time.time_ns()), time.time() > 1.6e9)
print(utime is None or utime.ticks_ms is time.ticks_ms)
