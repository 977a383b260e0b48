# uncaught exception raised two calls deep: traceback on stderr, exit status 1
def inner(x):
    print("inner called with", x)
    raise ValueError("bad value: %d" % x)

def outer(x):
    inner(x + 1)

print("start")
outer(41)
print("not reached")
