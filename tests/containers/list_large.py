# larger lists: growth and shrink
l = []
for i in range(10000):
    l.append(i)
print(len(l), l[-1], sum(l))
while len(l) > 10:
    l.pop()
print(l)
l = [None] * 5000
print(len(l), l.count(None))
l = list(range(100))
l[10:90] = []
print(len(l), l[9:12])
l2 = [i for i in range(1000)]
l2.reverse()
print(l2[:3], l2.index(0))
l3 = [[i] for i in range(300)]
print(sum(x[0] for x in l3))
