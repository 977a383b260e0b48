# staticmethod and classmethod
class C:
    count = 0
    def __init__(self):
        C.count += 1
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def create(cls, n):
        return [cls() for _ in range(n)]
    @classmethod
    def how_many(cls):
        return cls.count
print(C.add(1, 2), C().add(3, 4))
objs = C.create(3)
print(len(objs), C.how_many(), objs[0].how_many())
class D(C):
    pass
d = D.create(2)
print(type(d[0]).__name__, D.how_many(), C.count)
f = C.add
print(f(5, 5))
