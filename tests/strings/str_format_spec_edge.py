# format spec edge cases for strings and ints
print(format("abc", "<"), format("abc", "^9"), format("abc", "x>5"), format("abc", ".1"))
print(format(42, "=+6"), format(-42, "=6"), format(42, "06"), format(-42, "06"))
print(format(1234567, ",d"), format(1234567, "_x"), format(255, "#010x"), format(5, "#b"))
print(format(3, "c") == "\x03", format(97, "c"), format(0, "o"))
print("{:{fill}{align}{width}}".format("x", fill="*", align=">", width=4))
print("{0:>{1}}|{0:<{1}}|".format("ab", 5))
for spec in ["z", "5.5d", ",s"]:
    try:
        format(1 if spec != ",s" else "s", spec)
    except ValueError as e:
        print("ValueError", e)
print(format(True, "d"), format(True, ""), format(None, ""), "{!r:>6}".format("a"))
