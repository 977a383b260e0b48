# reversed and sorted on various types
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(3))))
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: 1, 1: 2}), sorted(range(5), reverse=True))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
try:
    reversed(5)
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, None])
except TypeError as e:
    print("TypeError", e)
l = [1, 2, 3]
r = reversed(l)
print(next(r), list(r))
