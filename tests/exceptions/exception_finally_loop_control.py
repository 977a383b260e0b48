# finally interacting with loops, returns and exceptions together
def f(items):
    out = []
    for x in items:
        try:
            try:
                if x == "skip":
                    continue
                if x == "stop":
                    break
                if x == "err":
                    raise ValueError(x)
                out.append(x)
            finally:
                out.append("f" + x)
        except ValueError:
            out.append("caught")
    return out
print(f(["a", "skip", "err", "b", "stop", "c"]))
def g():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "end"
print(g())
def h():
    while True:
        try:
            raise KeyError("k")
        finally:
            break
    return "break swallowed exception"
print(h())
