# circular imports: the partially initialised module is visible in sys.modules
import sys
import _circ.a
print(_circ.a.A2, _circ.b.B)
print("_circ.a" in sys.modules, "_circ.b" in sys.modules)
# from-import of a name the partially initialised module has not defined yet
try:
    import _circ.c
except ImportError as e:
    msg = str(e)
    print(type(e).__name__, msg[:msg.index(" (")] if " (" in msg else msg)
    print("_circ.c" in sys.modules, "_circ.d" in sys.modules)
