# importing a frozen module costs the heap only its runtime objects (module dict,
# function objects), not its bytecode: far less than importing the same source
# krait-exp: hand-written (needs the frozen variant: make VARIANT=frozen; SKIP elsewhere)
import gc
try:
    import _frz_mod
except ImportError:
    print("SKIP")
    raise SystemExit
gc.collect()
a0 = gc.mem_alloc()
import _heavy_src   # frozen (the manifest freezes this directory's _heavy_src.py)
gc.collect()
a1 = gc.mem_alloc()
with open("_heavy_src.py") as f:   # the same module compiled from its source
    src = {"__name__": "_heavy_src_copy"}
    exec(f.read(), src)
gc.collect()
a2 = gc.mem_alloc()
frozen_cost = a1 - a0
source_cost = a2 - a1
print(frozen_cost > 0, source_cost > 0)
print("frozen cost below a third of source cost:", frozen_cost * 3 < source_cost)
print(_heavy_src.f5(1, 2) == src["f5"](1, 2), _heavy_src.TABLE == src["TABLE"])
