# VM/runtime: operator dispatch (reflected, in-place, comparisons), subscripts, f-strings
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.x)
    def __iadd__(self, o): self.x += 100; return self
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __lt__(self, o): return self.x < o.x
    def __repr__(self): return 'V(%r)' % self.x
    def __hash__(self): return hash(self.x)
    def __neg__(self): return V(-self.x)
    def __contains__(self, item): return item == self.x
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(V(1) + V(2), V(1) + 5, 5 + V(1), -V(3))
v = V(1); v += 1; print(v)
print(V(1) == V(1), V(1) != V(2), V(1) < V(2), V(2) > V(1), sorted([V(3), V(1)]))
print(3 in V(3), 4 in V(3), 4 not in V(3), list(V(0)), bool(V(0)))
class W(V):
    def __radd__(self, o): return 'W radd'
print(V(1) + W(2))
class N:
    pass
try: N() + 1
except TypeError as e: print(e)
try: N() < N()
except TypeError as e: print(e)
print(N() == N(), N() != N())
n = N(); print(n == n, n != n)
print(1 + True, True + True, 2 ** -1, 7 // -2, -7 % 3, 2 ** 100, (2**64) // 3, 1 << 70)
print(1 == 1.0, 'a' * 3, [1] * 2, 3 * 'b', (1, 2) + (3,), 10 / 4, divmod(-7, 2))
x = 5; x -= 10; x *= -3; x //= 2; x **= 2; x %= 7; x <<= 3; x >>= 1; x |= 1; x &= 0xff; x ^= 3
print(x)
l = [1]; l2 = l; l += [2]; print(l2, l is l2)
t = (1,); t2 = t; t += (2,); print(t2, t)
s = 'ab'; s += 'c'; print(s)
print(9999999999999999999 + 1, -(2**62), -(-(2**62)), 2**62 + 2**62, abs(-(2**63)), ~5)
print(not 0, not [], not [0], 1 if [] else 2)
print(1 < 2 < 3, 1 < 3 < 2, 'abc' < 'abd', [1, 2] < [1, 3], (1, 'a') == (1, 'a'))
print(None is None, type(None) is type(None))
a = [1, 2, 3]; a[1] = 9; del a[0]; print(a, a[-1], a[:1])
d = {'a': 1}; d['b'] = 2; del d['a']; print(d)
try: d['zz']
except KeyError as e: print(repr(e))
try: [1][5]
except IndexError as e: print(e)
print({1, 2} | {3}, {1, 2} & {2}, {1: 2} | {3: 4})
print(f"{1+1} {'x'!r:>5} {3.14159:.2f} {'a'}{'b'} {10:#x} {v!s}")
print(f"{'nested {}'.format(1)}", f"{1}" f"{2}")
