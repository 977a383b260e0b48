# properties are inherited and can be overridden
class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @property
    def kind(self):
        return "base"
class Child(Base):
    @property
    def kind(self):
        return "child of " + super().kind
    @Base.v.setter
    def v(self, value):
        self._v = value * 2
c = Child()
print(c.v, c.kind)
c.v = 5
print(c.v)
b = Base()
try:
    b.v = 3
except AttributeError:
    print("base v read-only")
print(isinstance(Child.kind, property))
