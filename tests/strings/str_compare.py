# string comparison
print("a" < "b", "a" < "ab", "ab" < "b", "" < "a", "A" < "a", "Z" < "a")
print("abc" == "abc", "abc" != "abd", "abc" <= "abc", "b" >= "abc")
print(sorted(["pear", "Apple", "apple", "banana", "", "a"]))
print(max("hello"), min("hello"), "abc" * 2 == "abcabc")
s1 = "".join(["a", "b"])
print(s1 == "ab", s1 is not None)
try:
    "a" < 1
except TypeError as e:
    print("TypeError", e)
print("10" < "9", 10 < 9)
