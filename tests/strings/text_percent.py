# printf-style '%' formatting of str and bytes
print("%s %r %a %d %i %u %5.2f %x %X %o %e %E %g %G %c %c %%" % ("s", "r", "é", 42, -3, 7, 3.14159, 255, 255, 8, 12345.678, 0.00012, 1e-5, 1e20, 65, "z"))
print("%5s|%-5s|%.2s|%5.1s|" % ("abc", "ab", "xyz", "xyz"))
print("%05d|%-5d|%+d|% d|%+05d|%.3d|%5.3d|%-+6d|" % (42, 42, 42, 42, -42, 7, 7, 3))
print("%#x|%#X|%#o|%#5x|%08.3f|%-8.2e|%+.1f|% .0f|%#.0f|%10.4g" % (255, 255, 8, 10, 3.14159, 1234.5, 2.25, 2.5, 3.0, 0.000123456))
print("%*d|%-*d|%.*f|%*.*f" % (5, 1, 5, 1, 2, 3.14159, 8, 3, 2.71828))
print("%(a)s %(b)d %(a)r" % {"a": "x", "b": 2}, "%s" % {"k": 1}, "%s" % [1, 2], "%s" % (1,), "abc" % {}, "abc" % [])
print("%d %d" % (True, 2.9), "%x" % -255, "%d" % (10**20), "%x" % (2**70), "%f" % 10**3, "%s" % None, "%c" % 0x2713, "%5c|" % "a")
print("%f %e %g" % (float("inf"), float("-inf"), float("nan")), "%05f" % float("inf"), "%.0f %.0f" % (0.5, 1.5))
for fmt, args in [("%d", "x"), ("%x", 1.5), ("%f", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%y", 1), ("%", ()), ("%(a)s", 1), ("%c", "ab"), ("%c", -1), ("%*d", ("a", 1)), ("%(a", {"a": 1}), ("%d", None)]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(fmt, type(e).__name__, e)
print(b"%s %b %d %5.1f %x %c %c %r %a %%" % (b"xy", bytearray(b"ba"), 42, 2.25, 255, 65, b"B", b"r", "é"))
print(b"%(k)s" % {b"k": b"v"}, b"%-4s|" % b"a", b"%.1s" % b"xyz")
for fmt, args in [(b"%s", "str"), (b"%s %s", (b"a",)), (b"%d", b"1"), (b"%c", 300)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
s = "x=%d"
s %= 5
print(s, "%s" % "%s", "%%s" % ())
