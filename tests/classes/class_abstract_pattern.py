# NotImplementedError as abstract methods
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")
    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return round(3.14159 * self.r * self.r, 2)
for sh in [Sq(2), Circle(1), Shape()]:
    try:
        print(sh.describe())
    except NotImplementedError as e:
        print("NotImplementedError", e)
print(sorted([Sq(3), Sq(1), Circle(1)], key=lambda s: s.area())[0].area())
