# subclassing builtin types
class MyList(list):
    def total(self):
        return sum(self)
l = MyList([1, 2, 3])
l.append(4)
print(l, l.total(), len(l), isinstance(l, list), type(l).__name__)
class MyDict(dict):
    def __missing__(self, key):
        return "missing:" + str(key)
d = MyDict(a=1)
print(d["a"], d["b"], len(d))
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
s = MyStr("hi")
print(s.shout(), s + "x", len(s), isinstance(s, str))
class MyInt(int):
    def double(self):
        return self * 2
print(MyInt(21).double(), MyInt(5) + 1, type(MyInt(5) + 1).__name__)
class MyExc(KeyError):
    pass
try:
    raise MyExc("k")
except KeyError as e:
    print(type(e).__name__, e)
