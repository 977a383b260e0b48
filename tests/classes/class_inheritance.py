# single and multi-level inheritance, method override
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "%s says %s" % (self.name, self.sound)
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, a kind of " + Animal.kind(self)
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + " (squeaky)"
for a in (Animal("generic"), Dog("rex"), Puppy("bit")):
    print(a.speak(), "|", a.kind())
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), isinstance(Puppy("p"), Dog))
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__[0].__name__, Dog.__base__.__name__ if hasattr(Dog, "__base__") else "Animal")
