# str.format with nested attribute/index access and conversions
class P:
    def __init__(self):
        self.name = "pt"
        self.coords = [3, 4]
p = P()
print("{0.name} at {0.coords[0]},{0.coords[1]}".format(p))
print("{p.name!r:>6}|{p.coords!s:^10}|".format(p=p))
data = {"a": {"b": "deep"}, "list": [10, 20]}
print("{d[a]} {d[list][1]}".format(d=data))
print("{0}{1}{0}".format("<", ">"), "{:%}".format(0.125), "{:.2e}".format(12345.678))
try:
    "{0.missing}".format(p)
except AttributeError as e:
    print("AttributeError", e)
try:
    "{0[5]}".format([1])
except IndexError as e:
    print("IndexError", e)
