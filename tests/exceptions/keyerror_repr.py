# KeyError str uses repr of the key
d = {}
for k in ["name", 1, (1, 2), None, "", "it's", 2.5, b"b"]:
    try:
        d[k]
    except KeyError as e:
        print(str(e), repr(e), e.args)
try:
    {1, 2}.remove(3)
except KeyError as e:
    print("set", e)
try:
    d.pop("p")
except KeyError as e:
    print("pop", e)
