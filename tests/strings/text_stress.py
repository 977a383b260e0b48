# larger strings: building, joining, splitting, replacing (exercises the GC)
parts = []
for i in range(3000):
    parts.append(str(i) * (i % 7) + "é" * (i % 3))
big = ",".join(parts)
print(len(big), big[:40], big[-40:])
sp = big.split(",")
print(len(sp), sp == parts, sp[100], sp[-1])
r = big.replace(",", ";;")
print(len(r), r.count(";;"), r.find("é"), r.rfind("é"), r.index("999"))
u = big.upper()
print(len(u), u[1000:1020])
s = ""
for i in range(2000):
    s += chr(65 + i % 26)
print(len(s), s[-30:], s.lower()[:10], s[::97])
words = ("lorem ipsum dolor sit amet " * 500).split()
print(len(words), words[-1], " ".join(words)[:30])
d = {}
for w in words:
    d[w] = d.get(w, 0) + 1
print(sorted(d.items()))
b = bytes(range(256)) * 40
print(len(b), b[300], b.count(b"\x00"), b.hex()[:20], len(b.hex()))
ba = bytearray()
for i in range(5000):
    ba.append(i & 255)
print(len(ba), sum(ba), ba[4999])
lines = "\n".join("line %d: %s" % (i, "x" * (i % 10)) for i in range(1000))
print(len(lines), len(lines.splitlines()), lines.splitlines()[500])
print("%s" % ("ab" * 1000)[:10], "{:>3000}".format("z")[-3:], len(format(7, "05000")))
