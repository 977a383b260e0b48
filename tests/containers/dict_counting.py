# counting and grouping with dicts
data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
counts = {}
for x in data:
    counts[x] = counts.get(x, 0) + 1
print(counts)
groups = {}
for x in data:
    groups.setdefault(x % 3, []).append(x)
print(groups)
inv = {}
for k, v in counts.items():
    inv.setdefault(v, []).append(k)
print({k: sorted(v) for k, v in sorted(inv.items())})
print(max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
d = {i: i * i for i in range(1000)}
print(sum(d.values()), len(d), d[999])
for i in range(0, 1000, 3):
    del d[i]
print(len(d), sum(d), d.get(3), d.get(4))
