# sums and products with many terms
print(sum(range(1000)), sum(range(10 ** 5)))
print(sum(i * i for i in range(100)))
p = 1
for i in range(1, 40):
    p *= i
print(p, p % 1000003)
print(sum([2 ** 64] * 10))
print(sum([1, 2, 3], 10))
print(sum([[1], [2]], []))
t = 0
for i in range(-50, 50):
    t += i * abs(i)
print(t)
print(sum(x for x in range(10) if x % 2))
