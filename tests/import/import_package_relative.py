# packages, submodules, relative imports, __name__/__file__/__path__/__package__
import sys
print(__name__)
import _pkg.sub.mod
print(_pkg.sub.mod.value, _pkg.sub.mod.LEAF, _pkg.sub.hv)
print(_pkg.__name__, _pkg.__package__, _pkg.sub.__package__, _pkg.sub.mod.__package__)
print(_pkg.__file__.replace("\\", "/").endswith("_pkg/__init__.py"))
print(_pkg.sub.mod.__file__.replace("\\", "/").endswith("_pkg/sub/mod.py"))
print(type(_pkg.__path__).__name__, len(_pkg.__path__), _pkg.__path__[0].replace("\\", "/").endswith("_pkg"))
print(_pkg.sub.__path__[0].replace("\\", "/").endswith("_pkg/sub"))
print(hasattr(_pkg.helper, "__path__"))
for name in sorted(k for k in sys.modules if k.startswith("_pkg")):
    print("in sys.modules:", name)
from _pkg.sub import mod as m2
print(m2 is _pkg.sub.mod)
from _pkg.sub.deep import leaf
print(leaf.LEAF, leaf.__name__)
import _pkg.sub.deep.leaf as L
print(L is leaf)
from _pkg import sub, helper
print(sub.__name__, helper.hval)
import _pkg as P, _pkg.helper
print(P is _pkg, P.helper is _pkg.helper)
