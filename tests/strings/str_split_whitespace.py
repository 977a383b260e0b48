# split() without arguments on unusual whitespace
print("a\x0bb\x0cc\x1cd".split())
print("a\u00a0b\u2003c".split(), len("a\u00a0b".split()))
print(" \t\n x \r\n y \x1f".split())
print("x  y".split(" "), "x  y".split(), "  ".split(" "))
print("a b c d".split(maxsplit=2), "a b c d".rsplit(maxsplit=2))
print("1,2,,3,".split(","), ",".split(","))
print("a\nb\r\nc\rd\x0be\x1cf\u2028g".splitlines())
