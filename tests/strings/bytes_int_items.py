# bools and int subclasses as byte values; int() of a buffer; hex() separators
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class MI(int):
    pass

t(lambda: bytes([True, False]))
t(lambda: bytearray([True]))
t(lambda: bytes([MI(5)]))
t(lambda: True in b'\x01')
t(lambda: False in b'\x01')
t(lambda: MI(97) in b'a')
t(lambda: b'\x01\x00'.find(True))
t(lambda: b'\x01\x00'.count(False))
t(lambda: b'\x01\x00'.index(False))
t(lambda: b'a'.find(MI(97)))
t(lambda: bytearray(b'\x00\x01').rfind(True))
t(lambda: 2**100 in b'a')
t(lambda: b'a'.find(2**100))
t(lambda: b'a'.find(-2**100))
t(lambda: b'a'.find(256))
t(lambda: int(memoryview(b'12')))
t(lambda: int(memoryview(b' -7 ')))
t(lambda: int(memoryview(b'1x')))
t(lambda: b'\x00\x01\x02'.hex('\xe9', 1))
t(lambda: b'\x00\x01\x02'.hex('::', 1))
t(lambda: b'\x00\x01\x02'.hex(b'-', -1))
