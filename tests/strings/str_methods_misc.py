# assorted str methods with edge arguments
s = "Hello, World"
print(s.count("l", 3), s.count("l", 3, 5), s.find("o", -5), s.rfind("o", 0, 6))
print(s.startswith("World", 7), s.startswith("World", 7, 9), s.endswith("Hello", 0, 5))
print(s.split(", "), s.rsplit("l", 2), s.split("l", -1))
print(s.center(3), s.ljust(3), s.zfill(3))
print(s.partition("xyz"), s.rpartition("xyz"))
print("a\tb".expandtabs(1), "aXbXc".split("X", 1), "  x  ".strip(" x"))
print("abc".index("c", 1), "%s" % s.swapcase())
print(s.upper().lower() == s.lower(), s.title(), "they're bill's".title())
