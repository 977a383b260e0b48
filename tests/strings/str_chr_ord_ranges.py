# chr/ord round trips across ranges
for cp in (0, 9, 32, 65, 126, 127, 128, 255, 256, 0x7ff, 0x800, 0xfffd, 0xffff, 0x10000, 0x10ffff):
    c = chr(cp)
    print(cp, ord(c) == cp, len(c), len(c.encode("utf-8")), repr(c) if cp < 0x100 else "")
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError", e)
try:
    ord("")
except TypeError as e:
    print("TypeError", e)
