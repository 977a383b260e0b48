# width/precision limits of format() and %-formatting: CPython's errors (no silent truncation)
tests = [
    lambda: format(1.5, ".2147483648f"),
    lambda: format(1.5, ".4294967297e"),
    lambda: format(1.5, ".3000000000g"),
    lambda: format(1.5, ".4294967297%"),
    lambda: format(1.5, ".4294967297"),
    lambda: format(2, ".4294967297f"),
    lambda: format(1 + 2j, ".4294967297f"),
    lambda: format(1.5, ".99999999999999999999f"),
    lambda: format(1, "99999999999999999999"),
    lambda: format("ab", ".4294967297"),
    lambda: "%.4294967297f" % 1.5,
    lambda: "%.3000000000d" % 1,
    lambda: "%.3000000000s" % "ab",
    lambda: "%999999999999999999999d" % 1,
    lambda: "%.*f" % (2 ** 32 + 1, 1.5),
    lambda: "%.*f" % (2 ** 31, 1.5),
    lambda: "%.*f" % (-2 ** 40, 1.5),
    lambda: "%.*s" % (2 ** 32 + 1, "ab"),
    lambda: "%.*d" % (2 ** 40, 1),
    lambda: "%.*f" % (3, 1.5),
    lambda: "%.*f" % (-3, 1.5),
    lambda: "%*d|" % (-4, 1),
    lambda: b"%.4294967297f" % 1.5,
    lambda: b"%.*f" % (2 ** 32 + 1, 1.5),
]
for f in tests:
    try:
        print(repr(f()))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
