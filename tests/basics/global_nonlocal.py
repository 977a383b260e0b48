# global and nonlocal declarations
g = 0
def inc_global():
    global g
    g += 1
inc_global(); inc_global()
print(g)
def make_global():
    global newg
    newg = "created"
make_global()
print(newg)
def read_only():
    return g * 10
print(read_only())
def shadow():
    g = 100
    return g
print(shadow(), g)
def outer():
    x = 1
    def inner():
        nonlocal x
        x = 2
    inner()
    return x
print(outer())
def unbound():
    try:
        print(y)
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
unbound()
try:
    print(undefined_name_xyz)
except NameError as e:
    print("NameError", e)
