# str.format
print("{} {} {}".format(1, "a", [2]))
print("{0} {1} {0}".format("x", "y"))
print("{name}-{n}".format(name="k", n=3))
print("{0[1]} {d[key]} {o.real}".format([5, 6], d={"key": "v"}, o=3))
print("{:>5}|{:<5}|{:^5}|{:*^7}|{:#>4}".format("a", "b", "c", "d", "e"))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{{literal}} {}".format(1))
print("{:5}|{:5}|{:.2}|{:.3s}".format(12, "ab", "xyz", "abcdef"))
print("{0:{1}}|{0:>{w}}".format("x", 4, w=3))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError", e)
try:
    "{".format()
except ValueError as e:
    print("ValueError", e)
try:
    "{:d}".format("s")
except ValueError as e:
    print("ValueError", e)
print(format("abc", ">6"), format(None), format([1], ""))
