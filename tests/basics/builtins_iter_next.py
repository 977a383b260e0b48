# iter() and next() builtins
it = iter([1, 2, 3])
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
print(next(it, "default"))
it = iter("ab")
print(list(it), list(it))
class Count:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Count(), 4)))
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)
try:
    next([1])
except TypeError as e:
    print("TypeError", e)
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), next(di))
