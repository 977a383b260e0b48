# many generators alive at once
gens = [iter(range(i, i + 3)) for i in range(100)]
total = 0
for _ in range(3):
    for gg in gens:
        total += next(gg)
print(total)
def counter(start):
    while True:
        yield start
        start += 1
cs = [counter(i * 100) for i in range(50)]
vals = [next(c) for c in cs] + [next(c) for c in cs]
print(sum(vals), vals[:3], vals[-3:])
