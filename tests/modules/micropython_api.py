# micropython and gc: every function API.md lists (return types, nesting, errors)
# krait-exp: hand-written (micropython, gc.mem_*/threshold are MicroPython-only; CPython prints SKIP)
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit
import gc

# const and opt_level
X = micropython.const(7)
print(X, micropython.const("s"), micropython.const((1, 2)))
old = micropython.opt_level()
print(type(old).__name__, micropython.opt_level(2), micropython.opt_level())
micropython.opt_level(old)
print(micropython.opt_level() == old)

# stack_use, alloc_emergency_exception_buf, kbd_intr
print(type(micropython.stack_use()).__name__, micropython.stack_use() > 0)
print(micropython.alloc_emergency_exception_buf(128))
print(micropython.kbd_intr(-1), micropython.kbd_intr(3))

# heap_lock nests; allocating while locked raises MemoryError
r = None
print(micropython.heap_locked())
micropython.heap_lock()
micropython.heap_lock()
print(micropython.heap_locked())
try:
    [0] * 10
except MemoryError:
    r = "MemoryError"
print(micropython.heap_unlock(), micropython.heap_unlock())
print(r, micropython.heap_locked())

# schedule runs soon, in order
out = []
micropython.schedule(out.append, 1)
micropython.schedule(out.append, 2)
for i in range(10):
    pass
print(out)

# gc
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.threshold())
print(gc.threshold(4096), gc.threshold())
gc.threshold(-1)
print(gc.threshold())
f, a = gc.mem_free(), gc.mem_alloc()
print(type(f).__name__, type(a).__name__, f > 0, a > 0)
