# Containers changed by user code that runs in the middle of an operation on them
# (__hash__, __eq__, __index__, sort comparisons): no crash, CPython's results.
def t(f):
    try:
        r = f()
        print(repr(r)[:80])
    except Exception as e:
        print(type(e).__name__)


class EvilHash:
    def __hash__(self):
        d.clear()
        return 1

    def __eq__(self, o):
        return True


d = {i: i for i in range(10)}
t(lambda: d.get(EvilHash()))
d = {i: i for i in range(10)}
t(lambda: d.setdefault(EvilHash(), 5))
d = {i: i for i in range(10)}
t(lambda: EvilHash() in d)
d = {i: i for i in range(10)}
t(lambda: d.pop(EvilHash(), 'dflt'))


class EvilEq:
    def __hash__(self):
        return hash(1)

    def __eq__(self, o):
        d.clear()
        for i in range(100):
            d[i + 1000] = i
        return False


d = {1: 'a', 2: 'b'}
t(lambda: EvilEq() in d)
d = {1: 'a', 2: 'b'}
t(lambda: d.__setitem__(EvilEq(), 5))
print(len(d))


class Idx:
    def __index__(self):
        L.clear()
        return 2


L = list(range(5))
t(lambda: L[Idx()])
L = list(range(5))
t(lambda: L[Idx():Idx()])
L = list(range(5))
t(lambda: L.__delitem__(slice(Idx(), None)) or L)
L = list(range(5))
t(lambda: L.__delitem__(slice(None, Idx())) or L)
L = list(range(5))
t(lambda: L.__delitem__(slice(None, None, Idx())) or L)
L = list(range(5))
t(lambda: L.__setitem__(slice(Idx(), None), [1, 2, 3]) or L)
L = list(range(5))
t(lambda: L.__setitem__(slice(None, None, Idx()), []) or L)
L = list(range(5))
t(lambda: L.insert(Idx(), 1) or L)
L = list(range(5))
t(lambda: L.pop(Idx()))
other = [7, 8, 9]


class Idx2:
    def __index__(self):
        other.clear()
        return 1


L = list(range(5))
t(lambda: L.__setitem__(slice(Idx2(), 3), other) or L)
BA = bytearray(b'abcde')


class BIdx:
    def __index__(self):
        BA.clear()
        return 2


t(lambda: BA[BIdx()])
BA = bytearray(b'abcde')
t(lambda: BA[BIdx():])
BA = bytearray(b'abcde')
t(lambda: BA.__delitem__(slice(BIdx(), None)) or BA)
BA = bytearray(b'abcde')
t(lambda: BA.__setitem__(slice(BIdx(), 5), b'xyz') or BA)
BA = bytearray(b'abcde')
t(lambda: BA.__setitem__(slice(None, None, BIdx()), b'') or BA)
BA = bytearray(b'abcde')
t(lambda: BA.insert(1, BIdx()) or BA)


class KeyMut:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        lst.append(0)
        return self.v < o.v


lst = [KeyMut(3), KeyMut(1), KeyMut(2)]
t(lambda: lst.sort())
print('done')
