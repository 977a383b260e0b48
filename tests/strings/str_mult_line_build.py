# building strings with join vs concatenation, and str of containers
parts = []
for i in range(10):
    parts.append("%02d" % i)
print(",".join(parts))
s = ""
for p in parts:
    s = s + p + ";"
print(s)
rows = [[1, 2, 3], [4, 5, 6]]
print("\n".join(" ".join(str(x) for x in r) for r in rows))
table = "|".join(f"{n:>3}" for n in (1, 22, 333))
print(table)
print(str([1, "a", None, 2.5, (1,), {"k": [b"x"]}]))
