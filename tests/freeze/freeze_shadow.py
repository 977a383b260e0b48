# a frozen module wins over a file of the same name: .frozen comes first in sys.path
# krait-exp: hand-written (needs the frozen variant: make VARIANT=frozen; SKIP elsewhere)
import sys
try:
    import _frz_mod
except ImportError:
    print("SKIP")
    raise SystemExit
import _frz_shadow
print(_frz_shadow.WHO, _frz_shadow.__file__)
print(sys.path.index(".frozen") < sys.path.index(sys.path[1]) or sys.path[0] == ".frozen")
# without .frozen on the path, the file is found
del sys.modules["_frz_shadow"]
sys.path.remove(".frozen")
import _frz_shadow
print(_frz_shadow.WHO, _frz_shadow.__file__.endswith("_frz_shadow.py"))
sys.path.insert(0, ".frozen")
del sys.modules["_frz_shadow"]
import _frz_shadow
print(_frz_shadow.WHO)
