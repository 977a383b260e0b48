# str methods
print("a b  c\t\nd ".split(), " a b ".split(None, 1), "a,b,,c".split(","), "a,b,c".split(",", 1), "abc".split("abc"))
print("a b c".rsplit(None, 1), "a,b,c".rsplit(",", 1), "  a  b  ".rsplit(), "a\u3000b\xa0c".split(), "".split(), "".split(","))
print("1,2,3".split(sep=",", maxsplit=1), "x".split(maxsplit=0), "  x y ".split(maxsplit=0), "  x y ".rsplit(maxsplit=0))
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
try:
    "a".split(1)
except TypeError as e:
    print("TypeError", e)
print("a\nb\r\nc\rd\x0be\x1cf\u2028g".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "\n".splitlines(keepends=True))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(("x",)), "é".join("abc"), "".join(c for c in "xyz"))
try:
    "-".join(["a", 1])
except TypeError as e:
    print("TypeError", e)
try:
    "-".join([1, "a"])
except TypeError as e:
    print("TypeError", e)
print(repr("  x  ".strip()), repr("xxaxx".strip("x")), repr("  x ".lstrip()), repr(" x  ".rstrip()), repr("abcba".strip("ab")), repr("éaé".strip("é")), repr("\u3000x\xa0".strip()))
print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".find("l", 3), "hello".find("l", -2), "hello".find("", 5), "hello".find("", 6), "hello".find("lo", 1, 4))
print("héllo".find("l"), "héllo".rfind("l"), "héllo".index("o"), "aaa".count("a"), "aaaa".count("aa"), "abc".count(""), "abc".count("", 1), "héllo".count("l", 2, 4))
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError", e)
try:
    "abc".rindex("z")
except ValueError as e:
    print("ValueError", e)
print("aaa".replace("a", "bb"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2), "abc".replace("x", "y"), "ééé".replace("é", "e"), "abab".replace("ab", ""))
print("hello".startswith("he"), "hello".startswith(("x", "h")), "hello".startswith("l", 2), "hello".endswith("lo"), "hello".endswith(("x", "lo")), "hello".endswith("l", 0, 4), "".startswith(""), "a".startswith("", 2))
try:
    "a".startswith(1)
except TypeError as e:
    print("TypeError", e)
try:
    "a".endswith(["a"])
except TypeError as e:
    print("TypeError", e)
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
print("Hello World".upper(), "Hello World".lower(), "hello world".capitalize(), "hello wORLD".title(), "Hello".swapcase(), "ß".upper(), "Straße".casefold(), "éÀ".upper(), "ÉÀ".lower())
print("they're bill's friends".title(), "1a 2b".title(), "ǆ".title(), "ΑΣ".lower())
print("123".isdigit(), "12a".isdigit(), "".isdigit(), "abc".isalpha(), "éa".isalpha(), "a1".isalnum(), " \t\n".isspace(), "".isspace())
print("ABC".isupper(), "AbC".isupper(), "abc".islower(), "a1".islower(), "1".islower(), "123".isdecimal(), "½".isnumeric(), "²".isdigit(), "²".isdecimal())
print("abc".isidentifier(), "_a1".isidentifier(), "1a".isidentifier(), "".isidentifier(), "é".isidentifier(), "a-b".isidentifier())
print("abc".isascii(), "é".isascii(), "".isascii(), "Hello World".istitle(), "Hello world".istitle(), "".istitle(), "abc\n".isprintable(), "abc".isprintable(), "".isprintable())
print(repr("ab".center(6)), repr("ab".center(7, "*")), repr("abc".center(6)), repr("ab".ljust(5, "-")), repr("ab".rjust(5)), repr("abc".ljust(2)), repr("é".center(4, "✓")))
try:
    "a".center(5, "ab")
except TypeError as e:
    print("TypeError", e)
print("42".zfill(5), "-42".zfill(5), "+4".zfill(3), "abc".zfill(2), "".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("ab\tc\n\td".expandtabs(4)), repr("\t".expandtabs(tabsize=2)), repr("x\ty".expandtabs(0)))
print("abc".encode(), "é".encode("utf-8"), "é".encode("latin-1"), "aé".encode("ascii", "replace"), "aé".encode("ascii", "ignore"), "é".encode("ascii", "backslashreplace"), "✓".encode("ascii", "xmlcharrefreplace"))
try:
    "aéé".encode("ascii")
except UnicodeError as e:
    print("UnicodeError", e)
try:
    "a€".encode("latin-1")
except UnicodeError as e:
    print("UnicodeError", e)
try:
    "a".encode("foo")
except LookupError as e:
    print("LookupError", e)
print("{} {}".format(1, 2), "{0}{1}{0}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{:>4}|{:<4}|{:^4}".format("a", "b", "c"))
print("{name} is {age}".format_map({"name": "Bob", "age": 3}))
print("www.example.com".removeprefix("www."), "file.txt".removesuffix(".txt"), "abc".removeprefix("x"), "abc".removesuffix(""))
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "abcdd".translate(t), "hello".translate({ord("l"): None, ord("h"): "J"}), str.maketrans({"a": "1"}))
print("a-b".translate({45: 95}))
print(str.upper("x"), str.join(",", "ab"))
try:
    str.upper(5)
except TypeError as e:
    print("TypeError", e)
