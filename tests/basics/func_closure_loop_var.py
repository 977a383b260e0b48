# late binding in closures created in loops
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = []
for i in range(3):
    def make(j):
        return lambda: j
    funcs.append(make(i))
print([f() for f in funcs])
def gen_funcs():
    out = []
    x = 0
    while x < 3:
        out.append(lambda x=x: x * 100)
        x += 1
    return out
print([f() for f in gen_funcs()])
def counter():
    c = 0
    def step():
        nonlocal c
        c += 1
        return c
    return [step for _ in range(3)]
s = counter()
print(s[0](), s[1](), s[2]())
