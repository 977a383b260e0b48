# replace and translate
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("x", "y"))
print("aaa".replace("a", "bb"), "abc".replace("", "-"), "abc".replace("b", ""))
print("".replace("", "x"), "aaaa".replace("aa", "a"))
t = str.maketrans("abc", "xyz")
print("aabbcc".translate(t))
print("hello".translate({ord("l"): None, ord("h"): "J"}))
t2 = str.maketrans({"a": "1", "b": None})
print("abcab".translate(t2))
print("ünïcödé".replace("ö", "o"))
