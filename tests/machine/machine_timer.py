# krait-exp: hand-written (CPython has no machine module; MicroPython's machine.Timer API)
# machine.Timer(-1), a virtual timer (unix: POSIX timer signal; board: SysTick): periodic
# count over a measured window, one-shot fires once, deinit() stops, a callback may re-arm
# its timer, callbacks run while Python code busy-loops, bad arguments are ValueErrors.
try:
    from machine import Timer
except ImportError:
    print("SKIP")
    raise SystemExit
import time

n = [0]


def wait_for(cond, ms=5000):
    # wait for an event rather than a fixed delay: a loaded host may starve the process
    start = time.ticks_ms()
    while not cond() and time.ticks_diff(time.ticks_ms(), start) < ms:
        time.sleep_ms(5)


def cb(t):
    n[0] += 1


t = Timer(-1, mode=Timer.PERIODIC, period=20, callback=cb)
start = time.ticks_ms()
time.sleep_ms(400)
t.deinit()
spent = time.ticks_diff(time.ticks_ms(), start)
got = n[0]
print("periodic", spent // 80 <= got <= spent // 20 + 2 or (got, spent))
time.sleep_ms(60)
print("deinit stops", n[0] == got)
print(t)

# freq= (Hz) beats period=; tick_hz scales period
n[0] = 0
start = time.ticks_ms()
t = Timer(freq=100, period=1000, callback=cb)   # 10 ms: 5 ticks long before 1 s
wait_for(lambda: n[0] >= 5)
spent = time.ticks_diff(time.ticks_ms(), start)
t.deinit()
print("freq", n[0] >= 5 and spent < 950 or (n[0], spent))
n[0] = 0
start = time.ticks_ms()
t = Timer(period=2, tick_hz=100, callback=cb)   # 20 ms, not 2 ms
wait_for(lambda: n[0] >= 3)
spent = time.ticks_diff(time.ticks_ms(), start)
t.deinit()
print("tick_hz", n[0] >= 3 and spent >= 55 or (n[0], spent))

# one-shot: once, the callback gets the timer
hits = []
o = Timer(mode=Timer.ONE_SHOT, period=10, callback=lambda tm: hits.append(tm))
wait_for(lambda: hits)
time.sleep_ms(100)
print("one-shot", len(hits), hits[0] is o, o)

# a one-shot callback re-arming its own timer
count = [0]


def again(tm):
    count[0] += 1
    if count[0] < 4:
        tm.init(mode=Timer.ONE_SHOT, period=5, callback=again)


Timer(-1, mode=Timer.ONE_SHOT, period=5, callback=again)
wait_for(lambda: count[0] >= 4)
time.sleep_ms(50)
print("re-armed", count[0])

# callbacks run between bytecodes of a busy loop
n[0] = 0
t = Timer(period=5, callback=cb)
start = time.ticks_ms()
while n[0] < 3 and time.ticks_diff(time.ticks_ms(), start) < 5000:
    pass
t.deinit()
print("busy loop", n[0] >= 3)

# several at once, and init() on a running timer changes it
a, b = [0], [0]
ta = Timer(period=10, callback=lambda tm: a.__setitem__(0, a[0] + 1))
tb = Timer(period=10, callback=lambda tm: b.__setitem__(0, b[0] + 1))
wait_for(lambda: a[0] >= 3 and b[0] >= 3)
tb.init(period=1000, callback=None)
b0 = b[0]
a0 = a[0]
wait_for(lambda: a[0] >= a0 + 3)
ta.deinit()
tb.deinit()
print("two timers", a[0] >= a0 + 3, b0 >= 3, b[0] == b0)

# a timer without a callback argument, then deinit twice
t = Timer(-1)
print(t)
t.deinit()
t.deinit()

for kw in ({"period": 0}, {"period": -1}, {"freq": 0}, {"freq": -3}, {"mode": 5, "period": 10},
           {"mode": 0}, {"period": 10, "tick_hz": 0}):
    try:
        Timer(**kw)
        print("no error", kw)
    except ValueError as e:
        print("ValueError", e)
for bad in (5, 100):
    try:
        Timer(bad)
    except ValueError:
        print("ValueError", bad)
try:
    Timer(period="x")
except TypeError:
    print("TypeError")
try:
    Timer(-1, 2)
except TypeError:
    print("TypeError")
