# repr of lists incl. recursion
l = [1, "a", [2, [3, []]], (4,), {"k": None}, 1.5, True, b"b"]
print(l, repr(l), str(l))
r = [1, 2]
r.append(r)
print(r)
d = {"self": None}
d["self"] = d
print(d)
print([[]], [()], [[], [[]]], ([],))
