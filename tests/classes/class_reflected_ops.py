# reflected operators are tried when the left operand returns NotImplemented
class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented
    __radd__ = __add__
    def __eq__(self, other):
        if isinstance(other, Meters):
            return self.v == other.v
        return NotImplemented
    def __repr__(self):
        return "Meters(%r)" % self.v
print(Meters(1) + Meters(2), Meters(1) + 5, 5 + Meters(1), sum([Meters(1), Meters(2)]))
print(Meters(1) == Meters(1), Meters(1) == 1, Meters(1) != 1)
try:
    Meters(1) + "x"
except TypeError as e:
    print("TypeError", e)
