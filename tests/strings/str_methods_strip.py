# strip family and padding
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abc".strip(""), "aaa".strip("a") == "")
print("www.example.com".lstrip("w."), "file.txt...".rstrip("."))
print(repr("ab".center(6)), repr("ab".center(7, "*")), repr("abc".ljust(6, "-")), repr("abc".rjust(6)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "x".removeprefix("y"))
