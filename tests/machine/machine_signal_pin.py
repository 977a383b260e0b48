# krait-exp: hand-written (CPython has no machine module; MicroPython's machine.Signal API)
# machine.Signal over the board's pins (unix has no Pin: SKIP): a Pin object, or Pin
# arguments (Signal makes the Pin); invert=True for an active-low LED or button.
try:
    from machine import Signal, Pin
except ImportError:
    print("SKIP")
    raise SystemExit

led = Pin("LED0", Pin.OUT, value=0)
s = Signal(led, invert=True)
print(s.value(), led.value())
s.off()
print(led.value(), s())
s.on()
print(led.value(), s())
print(s)

s2 = Signal("LED1", Pin.OUT, value=1)
print(s2.value(), Pin("LED1").value(), s2)
s3 = Signal(1, mode=Pin.OUT, invert=True)
print(s3.value())
s3.on()
print(Pin(1).value(), s2.value())
s3(0)
print(Pin(1).value())

btn = Signal(Pin("BTN0"), invert=True)
print(btn.value())   # QEMU's buttons read 0: "pressed" when active-low
for args in (("BTN0", Pin.OUT), (9,), ("LED7",)):
    try:
        Signal(*args)
        print("no error")
    except ValueError:
        print("ValueError")
led.off()
Pin("LED1").off()
