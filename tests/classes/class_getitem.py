# __getitem__, __setitem__, __delitem__, __len__, __contains__
class Grid:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        return self.data.get(key, 0)
    def __setitem__(self, key, value):
        self.data[key] = value
    def __delitem__(self, key):
        del self.data[key]
    def __len__(self):
        return len(self.data)
    def __contains__(self, key):
        return key in self.data
g = Grid()
g[1, 2] = "a"
g["k"] = "b"
print(g[1, 2], g["k"], g["none"], len(g), (1, 2) in g, "z" in g)
print(g[1:5], g[::2])
del g["k"]
print(len(g))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), [x for x in Seq()])
s = Seq()
a, b, *rest = s
print(a, b, rest)
