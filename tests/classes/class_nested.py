# nested classes and classes in functions
class Outer:
    class Inner:
        def hi(self):
            return "inner hi"
    def make(self):
        return self.Inner()
print(Outer().make().hi(), Outer.Inner.__name__)
def factory(base_value):
    class Made:
        value = base_value
        def get(self):
            return self.value
    return Made
A = factory(1)
B = factory(2)
print(A().get(), B().get(), A is not B)
