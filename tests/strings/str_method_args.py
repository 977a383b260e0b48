# str/bytes method arguments of the wrong type: splitlines(keepends) takes an int,
# removeprefix/removesuffix name None as CPython does
for v in [1, 0, True, False, None, "a", 1.5, []]:
    try:
        print(repr(v), "a\nb\r\nc".splitlines(v), b"a\nb".splitlines(v))
    except TypeError as e:
        print(repr(v), "TypeError", e)
print("a\nb".splitlines(keepends=1))
for f in ("removeprefix", "removesuffix"):
    for arg in [None, 1, b"a", "a"]:
        try:
            print(f, repr(arg), getattr("abca", f)(arg))
        except TypeError as e:
            print(f, repr(arg), "TypeError", e)
for f in [lambda: "".expandtabs(2**40), lambda: "a\tb".expandtabs(-2**40), lambda: b"\t".expandtabs(2**33),
          lambda: "a\nb".splitlines(2**40), lambda: b"a".splitlines(-2**40)]:
    try:
        print(repr(f()))
    except OverflowError as e:
        print("OverflowError", e)
