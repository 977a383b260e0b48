# bytes, bytearray, memoryview
b = b"hello\x00\xff'"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], b[::2], list(b[:3]), repr(b'"'), repr(b'\'"'), b"\t\n\r\\")
print(bytes(), bytes(3), bytes([65, 66, 255]), bytes(range(3)), bytes(b"ab"), bytes(bytearray(b"cd")), bytes("é", "utf-8"), bytes("ab", encoding="ascii"), bytes(memoryview(b"mv")))
for bad in ([256], [-1], ["a"], "abc", 1.5):
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(isinstance(e, ValueError), e)
try:
    bytes(-1)
except ValueError as e:
    print("ValueError", e)
print(b"a,b,c".split(b","), b" a  b ".split(), b"abc".strip(b"ac"), b"  x ".strip(), b"-".join([b"a", b"b", bytearray(b"c")]), b"abc".find(b"c"), b"abc".find(99), b"abcb".rfind(b"b"))
print(b"aaa".replace(b"a", b"bb"), b"abc".startswith(b"ab"), b"abc".endswith((b"x", b"c")), b"aXa".count(b"a"), b"aba".count(97), b"Hello".upper(), b"Hello".lower(), b"hi there".title(), b"ab".center(6, b"*"))
print(b"\x01\xab".hex(), b"\x01\x02\x03\x04\x05".hex(":"), b"\x01\x02\x03\x04\x05".hex("-", 2), b"\x01\x02\x03\x04\x05".hex(" ", -2), bytes.fromhex("01 ab FF"), bytearray.fromhex("0a0b"))
try:
    bytes.fromhex("0g")
except ValueError as e:
    print("ValueError", e)
print(b"abc".decode(), b"\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"), b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode(errors="backslashreplace"))
for bad in (b"\xff", b"a\xe2\x82", b"\xe2\x82A", b"\xed\xa0\x80", b"ab\xc3"):
    try:
        bad.decode()
    except UnicodeError as e:
        print("UnicodeError", e)
try:
    b"\xe9".decode("ascii")
except UnicodeError as e:
    print("UnicodeError", e)
print(b"abc" == b"abc", b"abc" < b"abd", b"a" == "a", b"ab" + b"cd", b"ab" * 2, 2 * b"x", b"b" in b"abc", 98 in b"abc", b"" in b"x")
print(hash(b"abc") == hash(b"ab" + b"c"), {b"k": 1}[b"k"])
try:
    b"a" + "a"
except TypeError as e:
    print("TypeError", e)
try:
    "a" in b"a"
except TypeError as e:
    print("TypeError", e)
try:
    300 in b"a"
except ValueError as e:
    print("ValueError", e)
try:
    b"a"[5]
except IndexError as e:
    print("IndexError", e)
print(b"%s %d %x %5.1f %c %c %r %a %%" % (b"xy", 42, 255, 2.25, 65, b"B", b"r", "é"))
print(b"abc".isalpha(), b"12".isdigit(), b"a b".isspace(), b"".isalpha(), b"ABC".isupper(), b"abc".islower(), b"Ab Cd".istitle(), b"\x80".isascii())
print(b"a\nb\r\nc".splitlines(), b"a b".partition(b" "), b"a b c".rpartition(b" "), b"ab".zfill(4), b"a\tb".expandtabs(4), b"abc".removeprefix(b"a"))
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), b"aabbcc".translate(t), b"abcdef".translate(None, b"bd"))
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba.extend([103, 104])
ba += b"ij"
print(ba, len(ba), ba[0], ba[-1], ba[1:3], ba.pop(), ba.pop(0), ba)
ba.insert(0, 65)
ba.insert(100, 90)
ba.insert(-1, 89)
ba.remove(100)
print(ba)
ba[0] = 66
ba[1:3] = b"XYZ"
print(ba)
ba[::2] = b"\x00" * len(ba[::2])
print(ba)
del ba[0]
del ba[1:3]
del ba[::2]
print(ba)
ba.reverse()
print(ba, ba.copy(), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"ab") * 2, bytearray(b"x") + b"y")
ba.clear()
print(ba, len(ba), bool(ba))
for bad in ("ba.append(256)", "ba.append('a')", "ba.pop()", "hash(bytearray())", "bytearray(b'a')[5]", "ba.remove(5)", "ba.extend(1)"):
    try:
        eval(bad)
    except (ValueError, TypeError, IndexError) as e:
        print(bad, e)
ba = bytearray(b"hello")
try:
    ba[0:2:1] = "ab"
except TypeError as e:
    print("TypeError", e)
try:
    ba[::2] = b"ab"
except ValueError as e:
    print("ValueError", e)
print(ba.upper(), ba.split(b"l"), ba.decode(), ba.hex(), ba.find(b"l"), ba == b"hello", ba.startswith(b"he"), list(ba))
mv = memoryview(ba)
print(len(mv), mv[0], mv[-1], mv[1:3].tobytes(), mv.tolist(), mv.readonly, mv.nbytes, bytes(mv[::2]))
mv[0] = 72
mv[1:3] = b"EL"
print(ba, mv.hex(), mv == b"HELlo", mv[1:4] == b"ELl")
m2 = memoryview(b"abc")
print(m2.readonly, list(m2), m2[1:].tobytes())
try:
    m2[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    memoryview("abc")
except TypeError as e:
    print("TypeError", e)
try:
    mv[10]
except IndexError as e:
    print("IndexError", e)
try:
    mv[0:2] = b"x"
except ValueError as e:
    print("ValueError", e)
sub = mv[1:4]
sub[0] = 0x65
print(ba, bytes(sub))
