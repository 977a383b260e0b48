import binascii

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print(binascii.hexlify(b""), binascii.hexlify(b"\x00\x01\xfe\xff"), binascii.b2a_hex(bytearray(b"ab")))
t(binascii.hexlify, b"\x01\x02\x03\x04\x05", "-")
t(binascii.hexlify, b"\x01\x02\x03\x04\x05", b":", 2)
t(binascii.hexlify, b"\x01\x02\x03\x04\x05", "-", -2)
t(binascii.hexlify, b"\x01\x02\x03\x04\x05", " ", 5)
t(binascii.hexlify, b"\x01\x02\x03", sep="_", bytes_per_sep=1)
t(binascii.hexlify, b"abc", "--")
t(binascii.hexlify, "abc")
t(binascii.hexlify, b"", "-")
print(binascii.unhexlify(b"0001feff"), binascii.unhexlify("AbCd"), binascii.a2b_hex(""), binascii.unhexlify(bytearray(b"41")))
t(binascii.unhexlify, b"abc")
t(binascii.unhexlify, b"zz")
t(binascii.unhexlify, "é1")
for s in [b"", b"QQ==", b"QQ", b"QQ=", b"QUJD", b"QUJDRA==", b"Q", b"QUJDR", b"Q U\nJ D", b"QQ==QQ==",
          b"QQ==x", b"=QQ==", b"Q=Q=", b"QUJDRA===", "QUJD", b"QQ=\n=", b"\xffQQ==", b"YWJj\nZGVm\n"]:
    t(binascii.a2b_base64, s)
t(binascii.a2b_base64, "é")
for d in [b"", b"a", b"ab", b"abc", b"abcd", bytes(range(256))[:40], b"\xff\xfe\xfd"]:
    print(binascii.b2a_base64(d), binascii.b2a_base64(d, newline=False))
t(binascii.b2a_base64, "x")
for d in [b"", b"hello", b"The quick brown fox jumps over the lazy dog", bytes(range(256))]:
    print(binascii.crc32(d))
print(binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b"hello world"))
print(binascii.crc32(b"", -1), binascii.crc32(b"a", 2**40 + 5))
t(binascii.crc32, "x")
print(issubclass(binascii.Error, ValueError))
try:
    binascii.unhexlify("0")
except ValueError as e:
    print("ValueError", e)
