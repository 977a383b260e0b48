# rich comparison methods and reflection
class N:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __eq__(self, o):
        return self.v == o.v
    def __gt__(self, o):
        print("gt", self.v, o.v)
        return self.v > o.v
print(N(1) < N(2))
print(N(1) > N(2))
print(N(2) <= N(2), N(1) == N(1), N(1) != N(1))
class Only:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
print(Only(5) > Only(3))
try:
    Only(1) <= Only(2)
except TypeError as e:
    print("TypeError", e)
print(sorted([N(3), N(1)], key=lambda n: n.v)[0].v)
