# accumulation and repeated float ops give the same bits everywhere (IEEE)
s = 0.0
for i in range(1, 101):
    s += 1.0 / i
print(s)
p = 1.0
for i in range(1, 25):
    p *= 1.1
print(p)
x = 0.5
for _ in range(20):
    x = 3.7 * x * (1 - x)
print(x)
v = 1.0
while v / 2 > 0:
    v /= 2
print(v, v == 5e-324)
print(sum([0.1] * 10), 0.1 * 10)
h = 0.0
for i in range(1000):
    h += i * 0.001
print(h)
