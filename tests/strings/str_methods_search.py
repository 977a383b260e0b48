# find, index, count, startswith, endswith
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.find("cat"), s.rfind("the"), s.rfind("o"))
print(s.index("quick"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""))
print(s.find("o", 15, 20), s.count("o", 0, 15), s.find(""), s.rfind(""))
print(s.startswith("the"), s.startswith("quick", 4), s.endswith("dog"), s.endswith(("cat", "dog")))
print(s.startswith(("a", "t")), "".startswith(""), "abc".endswith("abc", 1))
try:
    s.index("zzz")
except ValueError as e:
    print("ValueError", e)
try:
    s.rindex("zzz")
except ValueError as e:
    print("ValueError", e)
print("aaaa".count("aa"), "abab".find("ab", -2), "abc".find("c", -1))
