# handler matching uses isinstance semantics
class Base(Exception):
    pass
class Mid(Base):
    pass
class Leaf(Mid):
    pass
for cls in (Base, Mid, Leaf):
    try:
        raise cls("x")
    except Leaf:
        print(cls.__name__, "-> Leaf handler")
    except Mid:
        print(cls.__name__, "-> Mid handler")
    except Base:
        print(cls.__name__, "-> Base handler")
try:
    raise Leaf()
except (KeyError, Mid) as e:
    print("tuple matched", type(e).__name__)
try:
    raise Leaf()
except BaseException:
    print("BaseException catches all")
