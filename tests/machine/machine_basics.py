# krait-exp: hand-written (CPython has no machine module; MicroPython's machine API)
# The machine functions every port has: reset cause and its constants, freq, unique_id,
# idle, disable_irq/enable_irq; and what a port leaves out is a plain AttributeError.
try:
    import machine
except ImportError:
    print("SKIP")
    raise SystemExit
print(machine.PWRON_RESET, machine.HARD_RESET, machine.WDT_RESET, machine.DEEPSLEEP_RESET,
      machine.SOFT_RESET)
print(machine.reset_cause() in (machine.PWRON_RESET, machine.HARD_RESET, machine.WDT_RESET))
f = machine.freq()
print(type(f) is int, f >= 0)
try:
    machine.freq(f + 12345)
except ValueError:
    print("ValueError")
uid = machine.unique_id()
print(type(uid) is bytes, len(uid), uid == machine.unique_id())
print(machine.idle())
s = machine.disable_irq()
s2 = machine.disable_irq()
print(s2)
machine.enable_irq(s2)
machine.enable_irq(s)
print(machine.disable_irq() == s)
machine.enable_irq(s)
for name in ("reset", "soft_reset", "Timer", "WDT"):
    print(name, callable(getattr(machine, name)))
try:
    machine.no_such_thing
except AttributeError:
    print("AttributeError")
