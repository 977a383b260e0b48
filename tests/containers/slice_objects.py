# slice objects
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, 3))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print("abcdefghij"[s], list(range(20))[s], (0, 1, 2, 3)[slice(None, None, -2)])
class G:
    def __getitem__(self, k):
        return k
g = G()
print(g[1:2], g[::3], g[1:2, 3], g[...], g[:, 1])
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3))
