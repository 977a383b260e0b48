# a module-level __getattr__ (PEP 562) supplies missing attributes: plain access,
# from-import, getattr/hasattr defaults, its AttributeError, and submodules still import
import _lazypkg

print(_lazypkg.BASE)
print(_lazypkg.calls)
print(_lazypkg.late_fn())
print(_lazypkg.calls)
print(_lazypkg.late_fn())          # now a global: __getattr__ not called again
print(_lazypkg.calls)
from _lazypkg import Late
print(Late.__name__)
print(hasattr(_lazypkg, "nothing"), getattr(_lazypkg, "nothing", "dflt"))
try:
    _lazypkg.missing
except AttributeError:
    print("AttributeError")
from _lazypkg import extra         # a submodule: imported though __getattr__ refuses it
print(extra.STANDALONE)
print("late" in dir(_lazypkg), "extra" in dir(_lazypkg))
print(sorted(n for n in _lazypkg.calls))
