# indexing and slicing non-ASCII strings counts code points
s = "héllo wörld ✓ 日本語 😀!"
print(len(s), s[1], s[7], s[12], s[14], s[16], s[18], s[-1], s[-2])
print(s[1:5], s[6:11], s[14:17], s[::-1])
print(s[::3], s[-5:])
print(s.find("日"), s.index("😀"), s.count("l"), "ö" in s)
for ch in "aé日😀":
    print(ch, ord(ch), len(ch), len(ch.encode()), hex(ord(ch)))
print(chr(233), chr(0x65e5), chr(0x1F600) == "😀")
t = "ünïcödé"
print(t.upper(), t[2:5], t[::-1], list(t)[:3])
print(sorted("zäa日"))
print("é" < "z", "日" > "z", max("aé日"), min("aé日"))
