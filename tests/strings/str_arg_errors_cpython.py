# argument errors worded as CPython's argument parser words them ("not None"), bytes.hex's
# sep checks in CPython's order, and partition returning the separator object itself
for f in [lambda: "a".replace(None, "b"), lambda: "a".replace("a", None), lambda: b"a".center(3, None),
          lambda: "a".center(3, None), lambda: b"a".ljust(3, "x"), lambda: str.maketrans(None, "a"),
          lambda: str.maketrans("a", None), lambda: str.maketrans("a", 5), lambda: bytes.fromhex(None),
          lambda: format(1, None), lambda: format(1, 5), lambda: "a".split(None, None), lambda: "a".strip(5),
          lambda: "a".join([None]), lambda: "a" + None, lambda: "a".startswith(None), lambda: "a".partition(None),
          lambda: "a".count(None), lambda: "a".find(None), lambda: "a".zfill(None), lambda: "a".rsplit(5)]:
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError", e)
for sep in [":", b":", bytearray(b":"), (), (1,), [1], 5, None, "ab", "é", b"\xff", "", b"", ["x"]]:
    try:
        print(repr(sep), b"\x01\x02\x03".hex(sep), bytearray(b"\x01\x02").hex(sep, -1), memoryview(b"\x01\x02").hex(sep))
    except (TypeError, ValueError) as e:
        print(repr(sep), type(e).__name__, e)
class S(str):
    pass
class B(bytes):
    pass
sep = bytearray(b"b")
for r in ["abc".partition(S("b")), "abc".rpartition(S("b")), b"abc".partition(B(b"b")), b"abc".partition(sep),
          bytearray(b"abc").partition(b"b"), bytearray(b"abc").rpartition(sep), b"abc".partition(bytearray(b"z")),
          "abc".partition("z"), "abc".rpartition(S("z"))]:
    print(r, [type(x).__name__ for x in r])
print(b"abc".partition(sep)[1] is sep, bytearray(b"abc").partition(sep)[1] is sep)
