# class definition, instances, attributes
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
p.z = 5
print(p.z, hasattr(p, "z"), hasattr(Point, "z"))
Point.dims = 3
print(p.dims)
p.dims = 10
print(p.dims, Point.dims)
print(type(p).__name__, type(p) is Point, isinstance(p, Point), Point.__name__)
print(Point.norm2(p))
m = p.norm2
print(m())
class Empty:
    pass
e = Empty()
print(type(e).__name__, isinstance(e, object))
