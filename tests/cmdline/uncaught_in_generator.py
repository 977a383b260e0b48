# uncaught exception raised inside a generator consumed by a for loop
def items():
    yield 1
    yield 2
    raise RuntimeError("generator failed")

for x in items():
    print("item", x)
