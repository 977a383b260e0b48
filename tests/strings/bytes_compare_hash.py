# bytes comparison and as dict keys
print(b"a" < b"b", b"ab" < b"b", b"" < b"\x00", b"abc" == bytearray(b"abc"))
d = {b"k": 1, b"j": 2}
print(d[b"k"], b"j" in d, sorted(d))
print(b"a" == "a", b"1" == 1)
print(max([b"b", b"ab", b"c"]), sorted([b"\xff", b"\x00", b"a"]))
print(bytes(bytearray(b"x")) == b"x", hash(b"ab") == hash(bytes(b"ab")))
