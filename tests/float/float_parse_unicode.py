# float() of str: Unicode decimal digits and Unicode white space are accepted, as by int()
for s in ["١", "١٢.٥", "\u30001.5\u3000", "\u2003-2e٣\u2003", "１２３.４", "\xa07\xa0", "١٫٥", "1\u30002", "x١", "inf\u3000", "\u3000nan", "𝟙.𝟝"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
for b in [b"1.5", b" 2 ", b"\xd9\xa1"]:
    try:
        print(b, float(b))
    except ValueError as e:
        print(b, "ValueError", e)
