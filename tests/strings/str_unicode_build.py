# building and comparing non-ASCII strings
s = ""
for cp in range(0x3b1, 0x3c9):
    s += chr(cp)
print(s, len(s), s.upper())
print(s[::-1][:5], s.index("λ"), "λμ" in s)
parts = s.split("λ")
print(parts, "λ".join(parts) == s)
e = s.encode("utf-8")
print(len(e), e[:6], e.decode("utf-8") == s)
mixed = "a" + "é" + "日" + "😀" + "z"
print([len(c.encode()) for c in mixed], mixed.encode())
print(mixed * 2, (mixed * 3)[4:9], mixed.replace("日", "ri"))
print(sorted(mixed), mixed.find("😀"), mixed.isalpha())
