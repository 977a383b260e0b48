# encode and decode utf-8
s = "héllo 日本 😀"
b = s.encode()
print(b, len(b), len(s))
print(b.decode(), b.decode("utf-8") == s, s.encode("utf-8") == b)
print("abc".encode("ascii"), b"abc".decode("ascii"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError")
try:
    b"\xff\xfe".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError")
try:
    b"\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError")
print(str(b"abc", "utf-8"), str(b"\xc3\xa9", "utf-8"))
print(bytes("é", "utf-8"), bytearray("日", "utf-8"))
print(b"\xe2\x9c\x93".decode(), list("✓".encode()))
