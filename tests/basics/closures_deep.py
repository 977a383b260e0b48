# closures across several levels of nesting
def l1():
    a = 1
    def l2():
        b = 2
        def l3():
            c = 3
            def l4():
                return a + b + c
            return l4
        return l3
    return l2
print(l1()()()())
def counter_pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
    def dec():
        nonlocal n
        n -= 1
    def get():
        return n
    return inc, dec, get
i, d, g = counter_pair()
i(); i(); i(); d()
print(g())
def outer():
    x = "outer"
    def mid():
        def inner():
            nonlocal x
            x = "changed"
        inner()
        return x
    return mid()
print(outer())
def cell_in_loop():
    funcs = []
    for i in range(3):
        def f(j=i):
            return j * 10
        funcs.append(f)
    return [f() for f in funcs]
print(cell_in_loop())
