# count/index/remove use == (including custom __eq__ and mixed numbers)
l = [1, 1.0, True, "1", (1,), 2]
print(l.count(1), l.index(True), l.index("1"), l.count((1,)), 1.0 in l)
l.remove(True)
print(l)
class Any:
    def __eq__(self, o):
        return True
print([5, 6].index(Any()), [5, 6].count(Any()), Any() in [1])
nan = float("nan")
m = [nan, 1]
print(m.count(nan), m.index(nan), nan in m)
print([[1], [1]].count([1]), [(1, 2)].index((1, 2)))
