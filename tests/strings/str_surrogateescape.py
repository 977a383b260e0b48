# errors='surrogateescape': undecodable bytes become U+DC80..U+DCFF and encode back;
# encode-only handlers used to decode are a TypeError
for data in [b"abc", b"a\xffb", b"\xe9t\xe9", b"a\xe2\x82b\xe2\x82\xac", b"\xf0\x9f\x98", b"\xed\xa0\x80", b"\x80\x81\x82"]:
    for enc in ["utf-8", "ascii", "latin-1"]:
        s = data.decode(enc, "surrogateescape")
        print(enc, repr(s), len(s), s.encode(enc, "surrogateescape") == data)
for text, enc in [("a\udcffb", "utf-8"), ("a\udcff\udc80", "ascii"), ("\udc7f", "utf-8"), ("\ud800", "utf-8"),
                  ("é\udcff", "ascii"), ("\udcff", "latin-1"), ("€", "latin-1"), ("\udce9t", "latin-1")]:
    try:
        print(repr(text), enc, text.encode(enc, "surrogateescape"))
    except UnicodeEncodeError as e:
        print(repr(text), enc, "UnicodeEncodeError", e)
for h in ["xmlcharrefreplace", "surrogateescape", "backslashreplace"]:
    for enc in ["utf-8", "ascii"]:
        try:
            print(h, enc, repr(b"a\xff".decode(enc, h)))
        except TypeError as e:
            print(h, enc, "TypeError", e)
print(str(b"x\xfe", "utf-8", "surrogateescape") == "x\udcfe")
