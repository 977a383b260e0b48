# __repr__ and __str__
class A:
    def __repr__(self):
        return "A()"
class B:
    def __str__(self):
        return "B-str"
    def __repr__(self):
        return "B-repr"
class S(A):
    def __str__(self):
        return "S-str"
a, b, s = A(), B(), S()
print(a, str(a), repr(a), [a])
print(b, str(b), repr(b), [b], (b,), {"k": b})
print(s, repr(s), [s])
print("%s %r" % (b, b), "{} {!r}".format(b, b), f"{b} {b!r}")
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError", e)
