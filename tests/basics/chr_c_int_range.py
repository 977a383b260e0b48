# chr() takes a C int on every word size: OverflowError past 2**31, ValueError outside range(0x110000)
class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


for x in (0x10ffff, 0x110000, -1, 2**30, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32, 2**63, -2**64,
          I(65), I(2**31), I(-2**31 - 1), I(2**31 - 1), True, 3.0, '1'):
    try:
        print(repr(chr(x)))
    except Exception as e:
        print(type(e).__name__, e)
