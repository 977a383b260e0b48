# string identity is not relied on, but equality, hashing and dict lookup are
a = "hello world"
b = "hello " + "world"
c = "".join(["hello", " ", "world"])
print(a == b == c)
d = {a: 1}
print(d[b], d[c], c in d)
key = "k" + str(1)
d2 = {"k1": "found"}
print(d2[key], d2.get("k" + "1"))
names = ["x" * i for i in range(1, 4)]
lookup = {"x": 1, "xx": 2, "xxx": 3}
print([lookup[n] for n in names])
s = "abc"
print(s[0:3] == s, s[:] == s, s + "" == s)
