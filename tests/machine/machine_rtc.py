# krait-exp: hand-written (CPython has no machine module; MicroPython's machine.RTC API)
# machine.RTC: datetime() as an 8-tuple (year, month, day, weekday, hours, minutes,
# seconds, subseconds in us); setting it (weekday is computed, not taken), the clock
# running on across a day, a month and a leap day; init(); bad values are ValueErrors,
# bad types TypeErrors. The clock is put back at the end.
try:
    from machine import RTC
except ImportError:
    print("SKIP")
    raise SystemExit
import time

r = RTC()
print(RTC() is r, RTC(0) is r, RTC(id=0) is r)
saved = r.datetime()
t0 = time.ticks_ms()
print(type(saved) is tuple, len(saved), all(type(x) is int for x in saved))
y, mo, d, wd, h, mi, s, ss = saved
print(1 <= mo <= 12, 1 <= d <= 31, 0 <= wd <= 6, 0 <= h <= 23, 0 <= mi <= 59, 0 <= s <= 59,
      0 <= ss <= 999999)


def show(dt):
    r.datetime(dt)
    got = r.datetime()
    # the clock runs: allow up to 20 s for a loaded machine
    sod = lambda t: t[4] * 3600 + t[5] * 60 + t[6]
    print(got[:5], 0 <= sod(got) - sod(dt) <= 20)


show((2024, 3, 15, 6, 12, 30, 10, 0))     # weekday 6 given, Friday (4) computed
show([1970, 1, 1, 0, 0, 0, 0, 0])         # a list will do; a Thursday
show((2099, 12, 31, 0, 23, 59, 0, 999999))
show((2000, 2, 29, 0, 8, 0, 0, 0))
r.init((2031, 7, 4, 0, 9, 0, 0, 0))
print(r.datetime()[:5])


def wait_rollover(dt):
    r.datetime(dt)
    start = time.ticks_ms()
    while r.datetime()[2] == dt[2] and time.ticks_diff(time.ticks_ms(), start) < 10000:
        time.sleep_ms(20)
    got = r.datetime()
    print(got[:6], got[6] < 10)


wait_rollover((2024, 2, 28, 0, 23, 59, 59, 800000))   # leap year: Thursday 29th
wait_rollover((2023, 2, 28, 0, 23, 59, 59, 800000))   # March 1st, a Wednesday
wait_rollover((2025, 12, 31, 0, 23, 59, 59, 800000))  # a new year, Thursday
# the subseconds count on (microseconds)
r.datetime((2030, 1, 1, 0, 0, 0, 0, 0))
time.sleep_ms(300)
sub = r.datetime()[7]
print(r.datetime()[6] > 0 or sub >= 250000)

for bad in ((2023, 2, 29, 0, 0, 0, 0, 0), (2024, 4, 31, 0, 0, 0, 0, 0), (2024, 0, 1, 0, 0, 0, 0, 0),
            (2024, 13, 1, 0, 0, 0, 0, 0), (2024, 1, 0, 0, 0, 0, 0, 0), (1969, 12, 31, 0, 0, 0, 0, 0),
            (2100, 1, 1, 0, 0, 0, 0, 0), (2024, 1, 1, 0, 24, 0, 0, 0), (2024, 1, 1, 0, -1, 0, 0, 0),
            (2024, 1, 1, 0, 0, 60, 0, 0), (2024, 1, 1, 0, 0, 0, 60, 0), (2024, 1, 1, 0, 0, 0, 0, 1000000),
            (2024, 1, 1, 0, 0, 0, 0, -1), (2024, 1, 1, 0, 0, 0, 0), (2024, 1, 1, 0, 0, 0, 0, 0, 0), ()):
    try:
        r.datetime(bad)
        print("no error", bad)
    except ValueError:
        print("ValueError", len(bad))
print(r.datetime()[:3])   # unchanged by the failures
for bad in (None, 2024, "2024-01-01", {1: 2}, (2024, 1, 1, 0, 0, 0, 0, 1.5), (2024, "1", 1, 0, 0, 0, 0, 0),
            (2024, 1, 1, None, 0, 0, 0, 0)):
    try:
        r.datetime(bad)
        print("no error", bad)
    except TypeError:
        print("TypeError")
for args in ((1,), (-1,), ("x",)):
    try:
        RTC(*args)
        print("no error", args)
    except ValueError:
        print("ValueError")
    except TypeError:
        print("TypeError")
try:
    r.datetime(1, 2)
except TypeError:
    print("TypeError")
try:
    r.init()
except TypeError:
    print("TypeError")

# put the clock back where it was (plus the time spent)
secs = time.mktime((saved[0], saved[1], saved[2], saved[4], saved[5], saved[6], 0, 0)) + \
    time.ticks_diff(time.ticks_ms(), t0) // 1000
tt = time.localtime(secs)
r.datetime((tt[0], tt[1], tt[2], 0, tt[3], tt[4], tt[5], 0))
