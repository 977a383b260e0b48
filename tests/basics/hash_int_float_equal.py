# hash(n) == hash(float(n)) == hash(n + 0j) across the machine-word and hash-modulus
# boundaries (32-bit boards reduce modulo 2**29 - 1, 64-bit hosts modulo 2**61 - 1), and
# equal ints and floats are one dict key
vals = []
for b in (28, 29, 30, 31, 32, 52, 53, 60, 61, 62, 63, 64):
    for d in (-1, 0, 1):
        vals.append(2 ** b + d)
        vals.append(-(2 ** b) - d)
ok = 0
for v in vals:
    f = float(v)
    if f == v:
        ok += hash(v) == hash(f) == hash(complex(f, 0))
    else:
        ok += 1
print(ok == len(vals), len(vals))
d = {}
for v in vals:
    d[v] = 1
for v in vals:
    if float(v) == v:
        d[float(v)] = 2
print(len(d) == len(vals), sorted(set(d.values())))
print(hash(-1), hash(-1.0), hash(0), hash(0.0), hash(True))
