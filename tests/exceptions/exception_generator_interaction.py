# exceptions raised inside generators propagate to the consumer
def g():
    yield 1
    raise ValueError("from gen")
try:
    for x in g():
        print("got", x)
except ValueError as e:
    print("caught", e)
def safe():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
for x in safe():
    print(x)
    break
print("after break")
def bad_gen():
    yield 1 / 0
try:
    list(bad_gen())
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
