# bytes literals and repr
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1])
print(b"\x00\x01\xff", b"\n\t\\", b"'", b'"', b"'\"")
print(repr(b""), repr(b"\x7f"), repr(b"\x80abc"), b"\r")
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(b"x"))
print(b"ab" + b"cd", b"ab" * 3, b"a" in b"cab", 98 in b"abc", b"ab" == b"ab")
print(list(b"abc"), [x for x in b"\x01\x02"])
try:
    bytes([256])
except ValueError as e:
    print("ValueError", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError", e)
print(type(b[0]).__name__, type(b[0:1]).__name__)
