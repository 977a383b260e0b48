# evaluation order of operands, arguments and assignments
log = []
def v(name, val=None):
    log.append(name)
    return val if val is not None else name
def f(*a, **k):
    return None
f(v("a"), v("b"), k=v("c"))
print(log); log.clear()
d = {}
d[v("key")] = v("value")
print(log); log.clear()
x = v("l", 1) + v("r", 2) * v("rr", 3)
print(log, x); log.clear()
[v("1"), v("2")][v("i", 0)]
print(log); log.clear()
{v("k1"): v("v1"), v("k2"): v("v2")}
print(log); log.clear()
v("a", 0) and v("b")
v("c", 1) or v("d")
print(log); log.clear()
a, b = v("x", 1), v("y", 2)
print(log, a, b)
