# attribute resolution across inheritance
class Base:
    x = "base-x"
    y = "base-y"
    def describe(self):
        return self.x + "," + self.y + "," + self.z()
    def z(self):
        return "base-z"
class Child(Base):
    x = "child-x"
    def z(self):
        return "child-z"
c = Child()
print(c.describe())
c.y = "inst-y"
print(c.describe(), Base().describe())
Base.y = "changed-y"
print(Child().describe())
print(hasattr(Child, "describe"), "describe" in Child.__dict__, "describe" in Base.__dict__)
