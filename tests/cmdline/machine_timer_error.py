# krait-exp: hand-written (CPython has no machine module)
# An exception in a machine.Timer callback is printed (traceback on stderr); the timer and
# the program go on.
import machine, time
n = [0]
def cb(t):
    n[0] += 1
    if n[0] <= 2:
        raise ValueError("bad tick %d" % n[0])
t = machine.Timer(period=10, callback=cb)
while n[0] < 4:
    time.sleep_ms(5)
t.deinit()
print("went on", n[0] >= 4)
