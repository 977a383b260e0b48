# printf-style % formatting
print("%s %r %d" % ("str", "repr", 42))
print("%5s|%-5s|%.2s" % ("ab", "ab", "abcdef"))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %o %#o" % (255, 255, 255, 8, 8))
print("%c%c" % (72, "i"), "%%", "100%% done" % ())
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),))
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s %s" % (None, True), "%d" % True, "%d" % 3.99)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError", e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print("TypeError", e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    "%(k)s" % {}
except KeyError as e:
    print("KeyError", e)
print("%r" % "it's", "%a" % "é")
