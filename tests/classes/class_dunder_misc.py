# more special methods: __contains__, __index__, __int__, __float__, __neg__, __invert__
class Num:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __int__(self):
        return self.v
    def __float__(self):
        return self.v + 0.5
    def __invert__(self):
        return Num(~self.v)
    def __pos__(self):
        return "pos"
n = Num(3)
print(int(n), float(n), (~n).v, +n)
print([10, 20, 30, 40][n], "abcd"[Num(1)], hex(Num(255)), bin(Num(5)), list(range(Num(3))))
print([1, 2, 3, 4, 5][Num(1):Num(4)])
class BoolLike:
    def __eq__(self, other):
        return other == 42
print(BoolLike() == 42, 42 == BoolLike(), [1, 42].count(BoolLike()))
