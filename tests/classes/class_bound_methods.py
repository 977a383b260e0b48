# bound methods capture self
class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
a, b = C(1), C(2)
fa, fb = a.get, b.get
a.v = 10
print(fa(), fb(), fa.__self__ is a, fa.__func__ is C.get)
meths = [C(i).get for i in range(3)]
print([m() for m in meths])
print(C.get(b), a.get == a.get)
class K:
    def m(self, x):
        return x * 2
print(list(map(K().m, [1, 2])))
