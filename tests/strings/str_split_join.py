# split, rsplit, splitlines, partition, join
s = "a,b,,c"
print(s.split(","), s.split(",", 1), s.rsplit(",", 1), s.split(",", 0))
print("  a  b   c ".split(), "a b c".split(None, 1), "a b c".rsplit(None, 1))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"))
print("line1\nline2\r\nline3\rline4".splitlines())
print("x\ny\n".splitlines(), "x\ny\n".splitlines(True), "".splitlines())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "-".join(map(str, range(4))))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
print("a::b::c".split("::"), "a b\tc\nd".split())
