# krait-exp: hand-written (CPython has no machine module)
# An unfed machine.WDT ends a unix program (status 3; krait --device restarts instead, as a
# board resets), even in a loop that never calls out; what was printed before is kept.
import machine
w = machine.WDT(timeout=100)
print("started")
w.feed()
while True:
    pass
