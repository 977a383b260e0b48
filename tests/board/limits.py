# krait-exp: hand-written (runs on the firmware: heap and recursion limits of the board)
"""MemoryError when the board's heap is exhausted, RecursionError (a RuntimeError) for deep
recursion, and the board recovers from both (raw REPL, as host tools use it)."""
from _qemu import boot

b = boot()
try:
    b.enter_raw()

    def run(code):
        out, err = b.exec_raw(code, timeout=60)
        out = out.replace(b"\r\n", b"\n").decode().strip()
        err = err.replace(b"\r\n", b"\n").decode().strip()
        return out + ("" if not err else " | " + err.splitlines()[-1])

    print(run("import gc\nfree = gc.mem_free()\nprint(free > 1000000)"))
    print(run("x = []\ntry:\n    while True:\n        x.append(bytearray(4096))\n"
              "except MemoryError:\n    n = len(x)\n    x = None\n    print('MemoryError', n > 100)"))
    print(run("gc.collect()\nprint(gc.mem_free() > free - 20000)"))
    print(run("b = bytearray(10 ** 8)"))
    print(run("print(len(bytearray(100000)))"))
    print(run("def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n"
              "    print('RecursionError', isinstance(e, RuntimeError), e)"))
    print(run("def g(n):\n    return n if n == 0 else 1 + g(n - 1)\nprint(g(900))"))
    print(run("print(sum(x for x in range(100)))"))
    print(run("l = [[]]\nfor i in range(20000):\n    l = [l]\ntry:\n    print(len(repr(l)))\n"
              "except RuntimeError as e:\n    print(type(e).__name__)"))
finally:
    b.close()
