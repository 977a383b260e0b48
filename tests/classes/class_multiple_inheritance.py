# multiple inheritance and MRO (C3)
class A:
    def f(self):
        return "A"
class B(A):
    def f(self):
        return "B" + super().f()
class C(A):
    def f(self):
        return "C" + super().f()
class D(B, C):
    def f(self):
        return "D" + super().f()
print(D().f())
print([k.__name__ for k in D.__mro__])
class Mixin:
    def greet(self):
        return "hello from " + self.name()
class Named:
    def name(self):
        return "named"
class Both(Mixin, Named):
    pass
print(Both().greet())
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError")
