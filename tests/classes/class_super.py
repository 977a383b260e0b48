# super() in methods and __init__
class A:
    def __init__(self):
        self.log = ["A"]
    def who(self):
        return "A"
class B(A):
    def __init__(self):
        super().__init__()
        self.log.append("B")
    def who(self):
        return "B>" + super().who()
class C(B):
    def __init__(self):
        super().__init__()
        self.log.append("C")
    def who(self):
        return "C>" + super().who()
c = C()
print(c.log, c.who())
class D(A):
    def who(self):
        return super(D, self).who() + "<D"
print(D().who())
class E:
    @classmethod
    def make(cls):
        return cls.__name__
class F(E):
    @classmethod
    def make(cls):
        return "F:" + super().make()
print(F.make())
