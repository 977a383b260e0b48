# krait-exp: hand-written (gc.mem_free/mem_alloc are MicroPython-only; CPython prints SKIP)
import gc
try:
    gc.mem_free
except AttributeError:
    print("SKIP")
    raise SystemExit
f = gc.mem_free()
a = gc.mem_alloc()
print(isinstance(f, int), f > 0, isinstance(a, int), a > 0)
x = [0] * 2000
print(gc.mem_free() < f)
gc.collect()
print(gc.mem_free() > 0)
