# a frozen module imports like a file: __name__, __file__, code, classes, generators
# krait-exp: hand-written (needs the frozen variant: make VARIANT=frozen; SKIP elsewhere)
import sys
try:
    import _frz_mod
except ImportError:
    print("SKIP")
    raise SystemExit
print(sys.path[0])
print(_frz_mod.__name__, _frz_mod.__file__, _frz_mod.__doc__)
print(_frz_mod.CONSTS)
print(_frz_mod.BIG_SMALL, _frz_mod.fun(1), _frz_mod.fun(1, 2, 3, 4, k=5, z=6))
print(_frz_mod.fun.__doc__, _frz_mod.fun.__name__, _frz_mod.fun.__qualname__)
print(_frz_mod.Klass().method(), _frz_mod.Klass.attr, list(_frz_mod.gen))
try:
    _frz_mod.raiser()
except ValueError as e:
    print("ValueError", e)
# re-import after removal from sys.modules runs the frozen code again
del sys.modules["_frz_mod"]
import _frz_mod as again
print(again is not _frz_mod, again.CONSTS == _frz_mod.CONSTS)
# the frozen constants are shared, read-only objects; using them is fine
s = _frz_mod.CONSTS[3]
print(s + "!", s.upper(), hash(s) == hash("text"), {s: 1}["text"], "héllo" == _frz_mod.CONSTS[4])
# big-int constants are const objects too
b = _frz_mod.BIGS
print(b, b[0] == 2**62, b[0] - 1 == 2**62 - 1, hash(b[2]) == hash(2**100), b[4] + 1, -b[3] // 2**63)
# a float constant in ROM can seed a float subclass; one-character names/strings
print(_frz_mod.SUBFLOAT, _frz_mod.MyFloat(2.5), repr(_frz_mod.NL))
