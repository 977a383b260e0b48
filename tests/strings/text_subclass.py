s = "abc"
print(s.__len__(), s.__getitem__(1), s.__contains__("b"), s.__add__("d"), s.__mul__(2), s.__eq__("abc"), s.__lt__(1), s.__hash__() == hash(s), s.__repr__(), s.__str__(), s.__format__(">5"))
class S(str):
    def __format__(self, spec):
        return "[" + super().__format__(spec) + "]"
    def shout(self):
        return self.upper() + "!"
x = S("hi")
print(format(x, ">4"), f"{x:<4}", x.shout(), x + "yo", len(x), x[0], type(x + "a").__name__, type(x.strip()).__name__, type(str(x)).__name__, x == "hi", {x: 1}["hi"], repr(x), x * 2, "%s" % x, "-".join([x, x]))
class B(bytes):
    pass
b = B(b"xyz")
print(b, len(b), b[0], b + b"1", b.upper(), type(b.upper()).__name__, bytes(b), b == b"xyz", b.decode())
ba = bytearray(b"ab")
print(ba.__len__(), ba.__getitem__(0), ba.__repr__(), ba.__contains__(97))
ba.__setitem__(0, 65); ba.__delitem__(1); print(ba)
class BA(bytearray):
    pass
q = BA(b"hey")
q.append(33)
q += b"?"
print(q, len(q), q[0], q.upper(), bytes(q), q.decode())
