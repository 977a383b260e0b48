# ImportError / ModuleNotFoundError messages; failed imports leave no partial module
import sys
def attempt(src):
    try:
        exec(src)
        print("ok:", src)
    except ImportError as e:
        msg = str(e)
        if " (" in msg and "cannot import name" in msg:
            msg = msg[:msg.index(" (")]
        print(type(e).__name__ + ":", msg)
attempt("import no_such_module_xyz")
attempt("import _pkg.nope")
attempt("import _pkg.nope.deeper")
attempt("import _counter.x")
attempt("from _pkg import nope")
attempt("from _counter import nope")
attempt("from . import foo")
attempt("from .foo import bar")
print(issubclass(ModuleNotFoundError, ImportError))
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print("caught MNFE", e.args)
# a module that raises: the exception propagates and the module is removed
for i in range(2):
    try:
        import _bad.raises
    except ValueError as e:
        print("ValueError", e)
    print("_bad.raises" in sys.modules, "_bad" in sys.modules)
try:
    import _bad.syntax
except SyntaxError as e:
    print("SyntaxError", e.lineno is not None)
print("_bad.syntax" in sys.modules)
# relative import beyond the top-level package
try:
    exec("from ... import x", {"__name__": "_pkg.helper", "__package__": "_pkg"})
except ImportError as e:
    print(type(e).__name__, e)
