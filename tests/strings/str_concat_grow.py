# Repeated concatenation (s += x, s = s + x): results and every intermediate string
# stay correct when a long string is extended (str and bytes, ASCII and non-ASCII).

# s += x in a loop, keeping some intermediates
s = ""
kept = []
for i in range(3000):
    s += str(i % 10)
    if i % 500 == 499:
        kept.append(s)
print(len(s), s[:12], s[-12:], s == "".join(str(i % 10) for i in range(3000)))
for k in kept:
    print(len(k), k[-5:], k == s[:len(k)], hash(k) == hash(s[:len(k)]), k.endswith("789"), k[len(k) - 1])

# two strings extending the same one: the second must not see the first's bytes
base = "b" * 300
t1 = base + "one"
t2 = base + "two"
t3 = t1 + "!"
t4 = t1 + "?"
print(t1[-6:], t2[-6:], t3[-6:], t4[-6:], len(t1), len(t2), len(t3), len(t4))
print(base == "b" * 300, len(base), base[-1])

# s = s + x + y, and s += s
s = "x" * 260
for i in range(200):
    s = s + str(i) + ","
print(len(s), s[-10:], s.count(","))
u = "y" * 300
v = u
u += u
print(len(u), len(v), u == "y" * 600, v == "y" * 300)

# non-ASCII: char counts, indexing and slicing of old and new
s = "é" * 200
old = s
for i in range(100):
    s += "ü€"
print(len(old), len(s), s[-3:], s[199:202], old[-2:], s.count("€"), old.count("ü"))

# old strings used after they were extended: parsing, encoding, search, dict keys, exec
num = "1" * 300
longer = num + "2"
print(int(num) % 1000, len(str(int(longer))), float(num[:20] + ".5"))
print(num.encode()[-3:], longer.encode()[-3:], num.find("2"), longer.find("2"))
d = {num: "n", longer: "l"}
print(d["1" * 300], d["1" * 300 + "2"])
src = "a = 1\n" * 50
src2 = src + "a = 2\n"
g = {}
exec(src, g)
print(g["a"])
exec(src2, g)
print(g["a"])
print(num.split("2"), len(num.strip("1")), num.isdigit(), longer.replace("2", "3")[-2:])
print(repr(num)[-4:], str(num)[-2:], "%s" % num[-3:], f"{num[-3:]}")

# bytes
b = b""
for i in range(1000):
    b += bytes([65 + i % 26])
mid = b
b += b"+++"
b += b"---"
print(len(mid), len(b), mid[-3:], b[-8:], mid == b[:1000], bytes(mid[-1:]))
bb = b"z" * 300
bb1 = bb + b"1"
bb2 = bb + b"2"
print(bb1[-2:], bb2[-2:], bb[-1:], len(bb), bb.hex()[-4:], bb1.decode()[-3:])

# subclasses and mixed operands
class S(str):
    pass
s = S("q" * 300)
r = s + "tail"
r2 = s + "TAIL"
print(type(r).__name__, r[-5:], r2[-5:], len(s))
s = "w" * 300
s += S("sub")
s += "end"
print(len(s), s[-6:])
try:
    s += 5
except TypeError as e:
    print("TypeError", e)
print(len(s), s[-3:])

# an extended string handed to C code that wants a C string
import os
getenv = getattr(os, "getenv", lambda k: None)   # boards have no environment
k = "KRAIT_TEST_UNSET_" + "x" * 300
k2 = k + "y"
print(getenv(k), getenv(k2), len(k), k[-2:])
