# attribute access through the VM's per-instruction cache: class changes, descriptors, __getattribute__, __setattr__, __class__ assignment, deletion
class A:
    x = "class"
    def __init__(self): self.y = 1
a = A()
for i in range(3):
    print(a.x, a.y)
    if i == 0: a.x = "inst"
    if i == 1: del a.x
class D:
    def __get__(self, o, t): return "D.get"
    def __set__(self, o, v): print("D.set", v)
class B:
    def __init__(self): self.__dict__["d"] = "dictval"; self.z = 0
b = B()
for i in range(3):
    print(b.d, b.z)
    b.z += 1
    if i == 0: B.d = D()
    if i == 1: del B.d
for i in range(3):
    b.d = i
    print(b.__dict__)
    if i == 0: B.d = D()
class G:
    def __init__(self): self.v = 5
g = G()
for i in range(3):
    print(g.v)
    if i == 0: G.__getattribute__ = lambda self, n: "GA:" + n
    if i == 1: del G.__getattribute__
class S:
    def __init__(self): self.v = 1
s = S()
for i in range(3):
    s.v = i
    print(s.__dict__)
    if i == 0: S.__setattr__ = lambda self, n, v: object.__setattr__(self, n, v * 10)
class P:
    def __init__(self): self.q = 1
p = P()
for i in range(4):
    print(p.q)
    if i == 1: p.__class__ = type("Q", (), {"q": property(lambda s: "prop")})
def getv(o): return o.v
class V1:
    def __init__(self): self.v = "v1"
class V2:
    def __init__(self): self.w = 0; self.v = "v2"
for o in [V1(), V2(), V1(), V2()]: print(getv(o))
o = V1(); del o.v
try: getv(o)
except AttributeError as e: print("AE", e)
