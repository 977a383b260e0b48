# sorting objects with __lt__ and with keys
class P:
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def __lt__(self, other):
        return self.age < other.age
    def __repr__(self):
        return "P(%s,%d)" % (self.name, self.age)
people = [P("a", 30), P("b", 20), P("c", 30), P("d", 10)]
print(sorted(people))
print(sorted(people, reverse=True))
print(sorted(people, key=lambda p: p.name, reverse=True))
print(min(people), max(people))
people.sort(key=lambda p: (-p.age, p.name))
print(people)
class NoCmp:
    pass
try:
    sorted([NoCmp(), NoCmp()])
except TypeError as e:
    print("TypeError", e)
