# krait-exp: hand-written (MicroPython-only decorators; Krait runs native/viper code as bytecode)
try:
    import micropython
    micropython.native
except (ImportError, AttributeError):
    print("SKIP")
    raise SystemExit

@micropython.native
def add(a, b):
    return a + b

@micropython.viper
def mul(a: int, b: int) -> int:
    return a * b

class C:
    @micropython.native
    def m(self, x):
        return x * 2

print(add(2, 3), mul(4, 5), C().m(21))
print(add.__name__, mul.__name__)

try:
    @micropython.asm_thumb
    def asm(r0):
        mov(r0, 1)
except NotImplementedError as e:
    print("NotImplementedError", e)

# the other hooks, with their argument checks
micropython.alloc_emergency_exception_buf(100)
try:
    micropython.alloc_emergency_exception_buf("x")
except TypeError:
    print("TypeError")
print(micropython.opt_level())
print(type(micropython.stack_use()).__name__, micropython.stack_use() > 0)
print(micropython.heap_locked())
d = n1 = n0 = None   # the globals exist before the heap is locked (no dict growth then)
micropython.heap_lock()
micropython.heap_lock()
d = micropython.heap_locked()
n1 = micropython.heap_unlock()
n0 = micropython.heap_unlock()
print(d, n1, n0)
try:
    micropython.heap_lock()
    try:
        s = "x" * 1000
    finally:
        micropython.heap_unlock()
except MemoryError:
    print("MemoryError")
print(micropython.const(42), micropython.const("s"))
