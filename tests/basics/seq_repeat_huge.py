# Repeating sequences by huge or negative counts; out-of-range int bases and bytes.
def t(f):
    try:
        print(repr(f()))
    except (OverflowError, ValueError, TypeError, MemoryError) as e:
        print(type(e).__name__, e)


t(lambda: [] * 2**62)
t(lambda: [] * (2**62 - 1))
t(lambda: 2**62 * [])


def imul_empty():
    x = []
    x *= 2**62
    return x


t(imul_empty)
t(lambda: () * 2**62)
t(lambda: '' * 2**62)
t(lambda: b'' * 2**62)
t(lambda: [1] * -10**20)
t(lambda: -10**20 * [1])
t(lambda: (1, 2) * -10**20)
t(lambda: [1] * 10**20)
t(lambda: (1,) * 10**20)
t(lambda: [1, 2] * -3)
t(lambda: int('10', 2**64))
t(lambda: int('10', -2**64))
t(lambda: int((), 2**62))
t(lambda: int((1, 2), 255))
t(lambda: int([], 10))
t(lambda: int('z', 36))
t(lambda: int(base=10))


def app(v):
    b = bytearray(b'ab')
    b.append(v)
    return b


t(lambda: app(2**64))
t(lambda: app(-2**64))
t(lambda: app(-1))
t(lambda: app(255))
t(lambda: app(True))
