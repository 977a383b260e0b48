# __eq__ and __hash__
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x
    def __hash__(self):
        return hash(self.x)
print(P(1) == P(1), P(1) != P(2), P(1) == 1, P(1) in [P(0), P(1)])
d = {P(1): "one"}
print(d[P(1)], len({P(1), P(1), P(2)}))
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError", e)
class Plain:
    pass
a = Plain()
print(a == a, a == Plain(), a != Plain(), hash(a) == hash(a))
class NE:
    def __eq__(self, o):
        return "eq-result"
print(NE() == 1, NE() != 1)
