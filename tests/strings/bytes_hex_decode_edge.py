# bytes.hex bytes_per_sep must fit a C int; decoding no bytes needs no encoding lookup (CPython)
for f in [lambda: b"".decode("utf-8", 5), lambda: b"".decode(5), lambda: str(b"", 5), lambda: str(b"", "utf-8", 5), lambda: bytearray().decode(None), lambda: b"".decode("utf-8", "bogus"), lambda: b"".decode("bogus", "bogus"), lambda: str(b"", "x")]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for b in [b"", b"abc", bytearray(b"\x01\xff")]:
    for a in [("a",), ("", 1), (",", 0), ("é",), (",", 2**40), (",", -2**40), ("a", 1.5), (b",", -1), (",", None), (":", 2), (":", -2)]:
        try:
            print(a, repr(b.hex(*a)))
        except Exception as e:
            print(a, type(e).__name__, e)
for a in [("a",), ("",), ("utf-8", "a"), ("a", "b"), ("ascii", "é"), (",",)]:
    for b in [b"", b"x"]:
        try:
            print(a, repr(b.decode(*a)))
        except Exception as e:
            print(a, type(e).__name__, e)
