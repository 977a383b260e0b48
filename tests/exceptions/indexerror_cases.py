# IndexError in various containers
cases = [lambda: [][0], lambda: [1][-2], lambda: ()[0], lambda: ""[0], lambda: b""[0],
         lambda: bytearray()[0], lambda: range(0)[0], lambda: [].pop(), lambda: [1].pop(3)]
for c in cases:
    try:
        c()
    except IndexError as e:
        print(type(e).__name__, e)
print(issubclass(IndexError, LookupError), issubclass(KeyError, LookupError))
