# deleting globals, redefining builtins
x = 5
def show():
    try:
        return x
    except NameError:
        return "gone"
print(show())
del x
print(show())
print(len([1, 2]))
len = lambda obj: "shadowed"
print(len([1, 2]))
del len
print(len([1, 2]))
def g():
    global z
    z = 1
    del z
g()
try:
    z
except NameError as e:
    print("NameError", e)
