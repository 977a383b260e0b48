# `from pkg import *` imports submodules named in __all__; `import a.b as c`; __import__ errors
from _pkstar import *
print(sub.X, VAL)
import _pkstar.inner as pi
print(pi.Y, pi.__name__)
import _pkstar.other
print(_pkstar.other.alias.Y)
import sys
m = sys.modules["_pkstar"]
print(hasattr(m, "inner"), hasattr(m, "sub"))
try:
    import _pkstar.VAL
except ImportError as e:
    print(type(e).__name__, e)
try:
    from _pkstar_missing import *
except AttributeError as e:
    print(type(e).__name__, e)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    import _pkstar.sub.X
except ImportError as e:
    print(type(e).__name__, e)
print(__import__("_pkstar.sub").__name__, __import__("_pkstar.sub", None, None, ["X"]).__name__)
