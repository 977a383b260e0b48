# globals modified in loops and functions
counter = 0
def bump(n):
    global counter
    for i in range(n):
        counter += i
bump(5)
print(counter)
names = []
def add_name(n):
    names.append(n)
for n in "xyz":
    add_name(n)
print(names)
def read_then_global():
    return counter + 1
print(read_then_global())
def use_builtin_shadow():
    len = lambda x: 42
    return len("a")
print(use_builtin_shadow(), len("a"))
