# a frozen package: __path__, submodules, relative imports; source-frozen and opt modules
# krait-exp: hand-written (needs the frozen variant: make VARIANT=frozen; SKIP elsewhere)
import sys
try:
    import _frz_pkg
except ImportError:
    print("SKIP")
    raise SystemExit
print(_frz_pkg.NAME, _frz_pkg.__file__, _frz_pkg.__path__)
print(_frz_pkg.leaf.LEAF, _frz_pkg.leaf.__name__, _frz_pkg.leaf.__file__)
from _frz_pkg.sub import deep
print(deep.DEEP, deep.__name__, deep.__file__)
import _frz_pkg.sub.deep as d2
print(d2 is deep)
try:
    import _frz_pkg.missing
except ImportError as e:
    print(type(e).__name__, e)
import _frz_src
print(_frz_src.WHERE, _frz_src.double(21), _frz_src.__file__)
import _frz_opt
print(_frz_opt.DEBUG)
import _frz_big
print(_frz_big.HUGE, _frz_big.CPLX, _frz_big.FS, _frz_big.__file__)
