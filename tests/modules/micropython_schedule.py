# krait-exp: hand-written (micropython.schedule is MicroPython-only; CPython prints SKIP)
# Scheduled callbacks run soon: at the next call, return or backward jump; one at a
# time (one scheduled from a callback waits for it to return); a full queue raises.
try:
    import micropython
    micropython.schedule
except (ImportError, AttributeError):
    print("SKIP")
    raise SystemExit

log = []

def cb(arg):
    log.append(arg)

micropython.schedule(cb, 1)
print("before call:", log)          # the call to print runs the callback first
log.clear()

def ret():
    micropython.schedule(cb, "ret")
    x = 1
    return x

ret()
print("after return:", log)
log.clear()

micropython.schedule(cb, "loop")
i = 0
while i < 3:
    i += 1
print("after loop:", log)
log.clear()

def outer(arg):
    log.append("outer start")
    micropython.schedule(cb, "inner")
    for _ in range(3):
        pass
    log.append("outer end")

micropython.schedule(outer, None)
for _ in range(2):
    pass
print("no nesting:", log)
log.clear()

# a full queue: fill it from inside a callback (callbacks don't run there)
def filler(arg):
    n = 0
    try:
        while True:
            micropython.schedule(cb, n)
            n += 1
    except RuntimeError as e:
        log.append((n, str(e)))

micropython.schedule(filler, None)
for _ in range(2):
    pass
print("full:", log[0][1], log[0][0] > 0, log[1:] == list(range(log[0][0])))
log.clear()

# scheduling works with the heap locked (interrupt handlers)
micropython.heap_lock()
micropython.schedule(cb, "locked")
micropython.heap_unlock()
for _ in range(2):
    pass
print("locked:", log)
log.clear()

# an exception in a callback goes to the interrupted code; queued callbacks still run
def bad(arg):
    micropython.schedule(cb, "queued by bad")
    raise ValueError(arg)

try:
    micropython.schedule(bad, "boom")
    for _ in range(2):
        pass
except ValueError as e:
    print("raised:", e)
for _ in range(2):
    pass
print("later:", log)

try:
    micropython.schedule(cb)
except TypeError:
    print("TypeError")
