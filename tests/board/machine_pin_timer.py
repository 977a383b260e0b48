# krait-exp: hand-written (drives the firmware's UART: machine.Pin on the LEDs, machine.Timer)
"""machine.Pin on the mps2-an385 LEDs (value round-trips, checked against the FPGA I/O LED
register too) and buttons (read 0 in QEMU); machine.Timer: a periodic timer's count over a
measured window, a one-shot fires once, deinit() stops, an exception in a callback is
printed and the program goes on, a soft reset stops running timers (and Pin irqs; a Pin.irq
handler's exception is printed), callbacks run while the REPL waits for a key."""
from _qemu import boot, raw

b = boot()
try:
    b.enter_raw()
    print(raw(b, """
from machine import Pin, mem32
LED = 0x40028000
l0 = Pin(0, Pin.OUT, value=0)
l1 = Pin('LED1', mode=Pin.OUT)
l1.off()
print(l0, l1, l0.value(), l1.value(), mem32[LED] & 3)
l0.on(); print(l0.value(), l0(), mem32[LED] & 3)
l1.high(); print(l1.value(), mem32[LED] & 3)
l0.low(); print(l0.value(), mem32[LED] & 3)
l1.toggle(); l0.toggle(); print(l0.value(), l1.value(), mem32[LED] & 3)
l0(0); l1.value(True); print(l0(), l1(), mem32[LED] & 3)
mem32[LED] = 0; print(l0.value(), l1.value())
print(Pin(0) is l0, Pin('LED0') is l0)
l0.init(Pin.IN); l0.value(1); print(l0, mem32[LED] & 1, l0.mode() == Pin.IN)
l0.init(Pin.OUT); print(l0.value(), mem32[LED] & 1)
l0.init(Pin.OPEN_DRAIN, Pin.PULL_UP); l0.off(); print(l0, l0.value(), l0.pull() == Pin.PULL_UP)
l0.init(Pin.OUT, None); l0.off(); print(l0)
b0 = Pin('BTN0', Pin.IN); print(b0, b0.value(), Pin(3).value())
for bad in (4, -1, 'LED9', 'x'):
    try:
        Pin(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    Pin(2, Pin.OUT)
except ValueError as e:
    print('ValueError', e)
try:
    Pin(0, 7)
except ValueError as e:
    print('ValueError', e)
try:
    Pin(0, Pin.OUT, alt=1)
except ValueError as e:
    print('ValueError', e)
try:
    Pin(None)
except TypeError as e:
    print('TypeError')
"""))
    print(raw(b, """
import time
from machine import Timer
from machine import mem32
CLK100HZ = 0x40028014   # QEMU derives it from the virtual clock: the real elapsed time
def count(period, ms, tid):
    # ticks_ms counts SysTick interrupts, which a loaded host can delay (the 1 ms clock
    # then lags the 100 Hz counter): accept a count between both clocks' expectations
    n = [0]
    def cb(t):
        n[0] += 1
    t = Timer(tid, mode=Timer.PERIODIC, period=period, callback=cb)
    start, c0 = time.ticks_ms(), mem32[CLK100HZ]
    time.sleep_ms(ms)
    t.deinit()
    spent = time.ticks_diff(time.ticks_ms(), start)
    real = (mem32[CLK100HZ] - c0) * 10
    got = n[0]
    time.sleep_ms(3 * period)
    lo, hi = min(spent, real) // period, max(spent, real) // period
    print('periodic', tid, 'ok' if lo // 2 <= got <= hi + 2 else (got, lo, hi), 'stopped', n[0] == got)
for tid in (0, 1, -1):
    count(20, 600, tid)
# freq= beats period=
n = [0]
c0 = mem32[CLK100HZ]
t = Timer(0, freq=100, period=1000, callback=lambda t: n.__setitem__(0, n[0] + 1))
time.sleep_ms(400); t.deinit()
real = mem32[CLK100HZ] - c0
print('freq', 'ok' if 15 <= n[0] <= real + 2 else (n[0], real))
# one-shot: once
for tid in (0, 1, -1):
    hits = []
    t = Timer(tid, mode=Timer.ONE_SHOT, period=30, callback=lambda t: hits.append(t))
    time.sleep_ms(300)
    print('one-shot', tid, len(hits), hits[0] is t, t)
# a callback that restarts its one-shot timer
hits = []
def again(t):
    hits.append(1)
    if len(hits) < 3:
        t.init(mode=Timer.ONE_SHOT, period=10, callback=again)
Timer(-1, mode=Timer.ONE_SHOT, period=10, callback=again)
time.sleep_ms(300)
print('re-armed', len(hits))
# an exception in a callback is printed; the timer keeps running, the program goes on
errs = [0]
def bad(t):
    errs[0] += 1
    if errs[0] == 2:
        t.deinit()
    raise ValueError('in callback')
t = Timer(1, period=20, callback=bad)
time.sleep_ms(300)
print('after errors', errs[0])
# bad arguments
for kw in ({'period': 0}, {'period': -5}, {'freq': 0}, {'mode': 7, 'period': 5}, {'mode': 0}, {'period': 10 ** 6}):
    try:
        Timer(0, **kw)
        print('no error', kw)
    except ValueError as e:
        print('ValueError', e)
try:
    Timer(2)
except ValueError as e:
    print('ValueError', e)
print(Timer(-1), Timer(0))
"""))
    # a Pin.irq handler's exception is printed and the irq stays on
    print(raw(b, """
from machine import Pin
import time
n = [0]
def bad(p):
    n[0] += 1
    raise ValueError('in handler')
Pin(0).irq(bad)
Pin(0).toggle(); time.sleep_ms(10); Pin(0).toggle(); time.sleep_ms(10)
print('after errors', n[0], Pin(0).irq().trigger())
"""))
    # a running timer and a pin irq stop at a soft reset
    out = raw(b, """
from machine import Timer, Pin
import time
Timer(0, period=5, callback=lambda t: print('tick'))
Timer(-1, period=5, callback=lambda t: print('tock'))
Pin(1).irq(lambda p: print('edge'))
Pin(1).toggle()
time.sleep_ms(50)
""")
    print('ticking', 'tick' in out, 'tock' in out, 'edge' in out)
    b.soft_reset_raw()
    print(repr(raw(b, "import time; from machine import Pin; Pin(1).toggle(); time.sleep_ms(100); "
                      "print('quiet', Pin(1).irq().trigger())")))
    # at the friendly prompt, waiting for a key, callbacks run too
    b.write(b"\x02")
    b.read_until(b">>> ")
    b.write(b"import machine; t = machine.Timer(-1, mode=machine.Timer.ONE_SHOT, period=50, "
            b"callback=lambda t: print('idle tick'))\r")
    b.read_until(b">>> ")
    print("at the prompt:", b.read_until(b"idle tick", 20) == b"")
finally:
    b.close()
