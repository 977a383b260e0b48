# digit/decimal/numeric classification
for s in ["123", "12.3", "-1", "", "٣", "²", "½", "Ⅻ", "abc", " 1"]:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric())
print(int("٣"), int("１２"))
print("ABC".isascii(), "é".isascii(), "".isascii())
print("Hello World".istitle(), "Hello world".istitle(), "x\n".isprintable(), "x".isprintable())
