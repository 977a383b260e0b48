# str basics: indexing, slicing, iteration, comparison, hashing, concat/repeat
s = "hello world"
print(s[0], s[-1], s[4], s[-5])
print(s[2:7], s[:3], s[8:], s[-3:], s[::2], s[::-1], s[1:9:3], s[9:1:-2], s[100:], s[-100:3])
u = "héllo wörld ✓ 😀"
print(len(u), u[1], u[-1], u[-3], u[6:11], u[::-1], u[::3], u[-2::-4])
for c in "aé✓😀":
    print(c, ord(c), len(c))
print(list("abc"), list(u[:4]))
try:
    s[11]
except IndexError as e:
    print("IndexError", e)
try:
    u[-20]
except IndexError as e:
    print("IndexError", e)
try:
    s[1.0]
except TypeError as e:
    print("TypeError", e)
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError", e)
print(s[True], s[False:True])
print("abc" < "abd", "abc" < "ab", "" < "a", "é" > "z", "a" == "a", "a" != "b", "abc" >= "abc", "b" <= "a")
print(hash("abc") == hash("ab" + "c"), hash("") == hash(""[0:0]))
d = {"key": 1, "k" + "ey2": 2}
print(d["ke" + "y"], d["key2"], "key" in d)
print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -1, "" * 5, "x" * True)
print("ell" in s, "xyz" in s, "" in s, "ö" in u)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError", e)
try:
    "a" < 1
except TypeError as e:
    print("TypeError", e)
try:
    "ab" * (1 << 62)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
try:
    "a" * (1 << 100)
except OverflowError as e:
    print("OverflowError", e)
print(str(), str("x"), str(12), str(None), str(b"ab"), str(b"abc", "utf-8"), str(b"\xc3\xa9", encoding="utf-8"))
t = "same"
print(str(t) is t, t[:] is t)
print(repr("a'b"), repr('a"b'), repr("a'b\"c"), repr("\n\t\r\\"), repr("\x00\x1f\x7f"), repr("é✓\u200b\xa0"), repr("😀\U000e0001"))
print(ascii("é✓😀x"), ascii("abc"))
print(chr(65), chr(233), chr(0x2713), chr(0x1f600), ord("€"))
print("a" "b", "%s" % "x")
x = ""
for i in range(5):
    x += str(i)
print(x, len(x))
print(sorted(["b", "a", "é", "B", ""]), max("abc"), min("abc"))
print(bool(""), bool("a"), not "")
print("abc".__len__() if hasattr("abc", "__len__") else 3)
