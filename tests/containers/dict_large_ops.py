# many insertions and deletions keep the dict consistent
d = {}
for i in range(5000):
    d["key%d" % i] = i
print(len(d), d["key4999"], d["key0"])
for i in range(0, 5000, 2):
    del d["key%d" % i]
print(len(d), list(d)[:3], "key2" in d, "key3" in d)
for i in range(0, 5000, 2):
    d["key%d" % i] = -i
print(len(d), list(d)[2499:2502], sum(d.values()))
ints = {}
for i in range(-1000, 1000, 7):
    ints[i * 2 ** 40] = i
print(len(ints), ints[-1000 * 2 ** 40], ints.get(6 * 2 ** 40))
d.clear()
print(d, len(d))
