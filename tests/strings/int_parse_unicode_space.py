# int() of text: Unicode digits and spaces in non-ASCII text, only ASCII spaces otherwise
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ['\u3000١٢\u3000', '١_٢', '\u00a012\u2003', '𝟏𝟐', '\x1c12\x1f', '12\x85', '\x1c12é',
          '\x1c١٢', '\x1f12\u3000', '1\x1c2', ' \t12\n\x0b\x0c\r', '\r\n-7 ']:
    t(lambda: int(s))
t(lambda: int('１２', 16))
t(lambda: int('ａｂ', 16))
t(lambda: int('٣٤', 5))
t(lambda: int(b'\x1c12'))
t(lambda: int(b' 12\t'))
