# sys.modules and sys.path are honoured; re-import after del sys.modules[name]; __import__
import sys
import _counter
import _counter
print(_counter.VALUE)
del sys.modules["_counter"]
import _counter as c2
print(c2 is _counter, c2.VALUE)
# anything placed in sys.modules is returned by import
class Fake:
    attr = "fake attr"
sys.modules["_fake_mod"] = Fake()
import _fake_mod
print(_fake_mod.attr)
from _fake_mod import attr
print(attr)
del sys.modules["_fake_mod"]
# None in sys.modules blocks the import
sys.modules["_blocked"] = None
try:
    import _blocked
except ImportError as e:
    print(type(e).__name__, e)
del sys.modules["_blocked"]
# a module may replace itself in sys.modules
import _self_replace
print(type(_self_replace).__name__, _self_replace.NAME)
# sys.path: a directory added at run time is searched; removing it hides new modules
try:
    import _onpath
except ImportError as e:
    print(type(e).__name__, e)
sys.path.append("_pathdir")
import _onpath
print(_onpath.WHERE)
sys.path.remove("_pathdir")
del sys.modules["_onpath"]
try:
    import _onpath
except ImportError as e:
    print(type(e).__name__, e)
# __import__
m = __import__("_pkg.sub")
print(m.__name__)
m = __import__("_pkg.sub", None, None, ["x"])
print(m.__name__)
m = __import__("_pkg.sub.mod", globals(), locals(), ("value",), 0)
print(m.__name__, m.value)
m = __import__("helper", {"__name__": "_pkg.sub", "__package__": "_pkg"}, None, ["hval"], 1)
print(m.__name__)
m = __import__("sys")
print(m is sys)
print(sys.modules["__main__"].__name__, __name__ == "__main__")
