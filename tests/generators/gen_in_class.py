# generators with closures and instance state
def make_gen(prefix):
    count = [0]
    def gen(n):
        for i in range(n):
            count[0] += 1
            yield "%s%d" % (prefix, i)
    return gen, count
gen, count = make_gen("p")
print(list(gen(3)), list(gen(2)), count[0])
class Range2:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __iter__(self):
        i = self.a
        while i < self.b:
            yield i
            i += 1
r = Range2(2, 5)
print(list(r), [x * 10 for x in r], list(zip(r, r)))
