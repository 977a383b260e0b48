# comprehension variables do not leak; closures inside comprehensions
i = "kept"
l = [i for i in range(3)]
print(l, i)
fs = [lambda: j for j in range(3)]
print([f() for f in fs])
fs = [(lambda j=j: j) for j in range(3)]
print([f() for f in fs])
def outer():
    base = 100
    return [base + x for x in range(3)]
print(outer())
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
m = [[0] * 3 for _ in range(2)]
m[0][0] = 1
print(m)
print([y for x in [[1, 2], [3, 4]] for y in x if y != 3])
