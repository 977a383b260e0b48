# Rich comparison dispatch: object's default ordering methods, the reflected __eq__
# of an operand of the same class, and how often __eq__ runs for != .
print(object.__lt__(1, 2), object.__ge__(1, 2), object().__le__(3), object().__gt__(None))
print(hasattr(object, '__lt__'), hasattr(5, '__le__'))

calls = []


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        calls.append(('Eq', self.v, type(o).__name__))
        return NotImplemented


a, b = Eq(1), Eq(2)
print(a == b, calls)
calls.clear()
print(a != b, calls)
calls.clear()
print(a == a, a != a, calls)
calls.clear()
print(a != 3, calls)
calls.clear()
print(3 != a, calls)
calls.clear()


class Half:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        calls.append(('Half', self.v))
        if self.v == 0:
            return NotImplemented
        return self.v == o.v


print(Half(0) == Half(5), calls)
calls.clear()
print(Half(0) != Half(5), calls)
calls.clear()
print(Half(1) != Half(1), calls)
calls.clear()


class Ord:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        if isinstance(o, Ord):
            return self.v < o.v
        return super().__lt__(o)


print(Ord(1) < Ord(2), Ord(1).__lt__(5))
try:
    Ord(1) < 5
except TypeError as e:
    print('TypeError', e)


class Slotted:
    __slots__ = ('x',)


s = Slotted()
s.x = 1
try:
    s.__dict__
except AttributeError:
    print('AttributeError no __dict__')
print(hasattr(s, '__dict__'), hasattr(Eq(0), '__dict__'))
