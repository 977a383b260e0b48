from collections import namedtuple

P = namedtuple("P", "x y")
p = P(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), p == (1, 2), isinstance(p, tuple))
print(P(y=5, x=4), P._fields, type(p).__name__)
print(p._asdict(), p._replace(y=9), P._make([7, 8]))
x, y = p
print(x + y, hash(p) == hash((1, 2)))
Q = namedtuple("Q", ["a", "b", "c"], defaults=[10, 20])
print(Q(1), Q(1, 2), Q(1, 2, 3), Q._field_defaults)
R = namedtuple("R", "a, b,c")
print(R(1, 2, 3))
S = namedtuple("S", "ok def _x ok", rename=True)
print(S._fields)
E = namedtuple("E", "")
print(E(), len(E()))
One = namedtuple("One", "v")
print(One(5), One(5)._asdict())

class Point(namedtuple("Point", "x y")):
    def norm1(self):
        return abs(self.x) + abs(self.y)
print(Point(3, -4).norm1(), Point(3, -4))

def t(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

t(namedtuple, "P", "x 1y")
t(namedtuple, "P", "x class")
t(namedtuple, "P", "x _y")
t(namedtuple, "P", "x x")
t(namedtuple, "1P", "x")
t(namedtuple, "P", "x", defaults=[1, 2])
t(P, 1)
t(P, 1, 2, 3)
t(P._make, [1])
t(p._replace, z=1)
try:
    p.x = 5
except AttributeError:
    print("AttributeError")
