# repr quoting rules
print(repr("plain"), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr(""), repr("'"), repr('"'), repr("\\"), repr("\n"), repr("\t"))
print(repr("\x00\x1f\x7f"), repr("\xff"), repr("é"), repr("\u0300"), repr("\U0001F600"))
print(repr(" "), repr("\r\n"))
print(str("it's"), [("it's", 'a"b')])
print(repr(["a", 'b"', "c'"]), repr({"k": "v'"}))
print(repr("\u00a0"), repr("\u2000"), repr("\u3000x"))
