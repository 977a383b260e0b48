# joining and splitting many pieces
pieces = [str(i) for i in range(5000)]
s = " ".join(pieces)
print(len(s), s[:20], s[-20:])
back = s.split(" ")
print(len(back), back == pieces)
print(sum(int(x) for x in s.split()))
t = "".join(chr(ord("a") + i % 26) for i in range(10000))
print(len(t), t.count("abc"), t.find("xyz"), t.rfind("zab"))
u = t.replace("a", "AA")
print(len(u), u[:10])
lines = "\n".join("line %d" % i for i in range(100))
print(len(lines.splitlines()), lines.splitlines()[-1])
