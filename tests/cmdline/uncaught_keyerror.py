# uncaught KeyError at module level: message is the repr of the key
d = {"a": 1}
print(d["a"])
d.pop("b")
