# %-formatting of instances: %d uses __int__ or __index__, %x/%o __index__, float and int subclasses; CPython's errors
class F:
    def __float__(self): return 2.5
class I:
    def __int__(self): return 7
class X:
    def __index__(self): return 9
class S(str): pass
class N: pass
for v in [F(), I(), X(), S("3"), N(), "3", 2.7, True]:
    for f in ["%d", "%i", "%u", "%x", "%f"]:
        try:
            print(f, f % v)
        except TypeError as e:
            print(f, "TypeError", e)
class F2(float): pass
class I2(int): pass
class B2(bytes): pass
for v in [F2(2.5), I2(7), F2(-3.9)]:
    for f in ["%d", "%x", "%o", "%f", "%e", "%s", "%r", "%c"]:
        try:
            print(f, f % v)
        except TypeError as e:
            print(f, "TypeError", e)
print(b"%d %x" % (I2(5), I2(255)))
try:
    print(b"%d" % F2(2.5))
except TypeError as e:
    print("TypeError", e)
# bytes % words its errors its own way
for fmt in [b"%d", b"%i", b"%u", b"%x", b"%f", b"%e", b"%g", b"%c"]:
    for v in ["s", None, b"b", bytearray(b"ba"), 1.5j]:
        try:
            print(fmt, fmt % (v,))
        except TypeError as e:
            print(fmt, "TypeError", e)
