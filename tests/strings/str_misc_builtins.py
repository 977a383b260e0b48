# str() conversions and type
print(str(1), str(1.5), str(None), str(True), str([1, "a"]), str((1,)), str({1: "x"}))
print(str("x"), str(b"ab"), str(), type(str(5)).__name__)
print(len(str(10 ** 50)), repr(str(-7)))
s = "abc"
print(list(s), tuple(s), list(reversed(s)), sorted("cba"), "".join(sorted("cba")))
print(s.__len__(), s.__getitem__(1), s.__contains__("b"))
print(isinstance(s, str), str.upper("x"), str.join(",", "ab"))
print("{}".format(s) is not None, hash("") == hash(""))
