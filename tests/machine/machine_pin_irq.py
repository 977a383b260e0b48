# krait-exp: hand-written (CPython has no machine module; MicroPython's Pin.irq API)
# Pin.irq on the board (unix has no Pin: SKIP): a LED's edges made through Pin (value,
# on/off, toggle, init, Signal) or by a raw write of the LED register (mem32, seen at the
# next 1 ms tick) run the handler as scheduled code with the pin; the trigger picks the
# edges; irq.flags() tells which; handler=None turns it off; bad arguments raise.
try:
    from machine import Pin, Signal, mem32
except ImportError:
    print("SKIP")
    raise SystemExit
import time

led = Pin("LED0", Pin.OUT, value=0)
Pin("LED1", Pin.OUT, value=0)
ev = []


def wait(n):
    start = time.ticks_ms()
    while len(ev) < n and time.ticks_diff(time.ticks_ms(), start) < 5000:
        time.sleep_ms(1)
    got = ev[:]
    ev.clear()
    return got


irq = led.irq(lambda p: ev.append((p is led, irq.flags())), Pin.IRQ_RISING | Pin.IRQ_FALLING)
print(Pin.IRQ_RISING, Pin.IRQ_FALLING, irq.trigger(), led.irq() is irq)
led.on()
print(wait(1))
led.off()
print(wait(1))
led.off()            # no change: no edge
time.sleep_ms(20)
print(ev)
led.toggle()
print(wait(1))
led.value(0)
print(wait(1))

irq = led.irq(handler=lambda p: ev.append(irq.flags()), trigger=Pin.IRQ_RISING)
print(irq.trigger())
for v in (1, 0, 1, 0):
    led(v)
    time.sleep_ms(5)
print(wait(2))
irq.trigger(Pin.IRQ_FALLING)
Signal(led, invert=True).off()   # LED on: a rising edge, not wanted now
time.sleep_ms(20)
led.init(value=0)
print(wait(1))

# a raw write of the LED register is seen at the next SysTick
irq = led.irq(lambda p: ev.append(irq.flags()))
mem32[0x40028000] = mem32[0x40028000] | 1
print(wait(1))
mem32[0x40028000] = mem32[0x40028000] & ~1
print(wait(1))

# two pins at once, each with its own handler
l1 = Pin("LED1")
l1.irq(lambda p: ev.append("LED1"))
led.irq(lambda p: ev.append("LED0"))
led.on()
l1.on()
print(sorted(wait(2)))
led.off()
l1.off()
print(sorted(wait(2)))

# off again
led.irq(None)
l1.irq(handler=lambda p: ev.append(1), trigger=0)
led.on()
l1.on()
led.off()
l1.off()
time.sleep_ms(20)
print(ev, led.irq().trigger(), l1.irq().trigger())

# the buttons take an irq (QEMU never presses them)
print(Pin("BTN0").irq(lambda p: ev.append(p)).trigger())
Pin("BTN0").irq(None)
for kw in ({"trigger": 4}, {"trigger": -1}, {"handler": 5}):
    try:
        led.irq(**kw)
        print("no error", kw)
    except ValueError:
        print("ValueError")
    except TypeError:
        print("TypeError")
try:
    irq.trigger(8)
except ValueError:
    print("ValueError")
