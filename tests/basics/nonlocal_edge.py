# nonlocal with several levels and shadowing
def a():
    x = "a"
    def b():
        x = "b"
        def c():
            nonlocal x
            x = "c-set-b"
        c()
        return x
    r = b()
    return x, r
print(a())
def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    def reset():
        nonlocal n
        old, n = n, 0
        return old
    return inc, reset
inc, reset = counter()
inc(); inc(5)
print(reset(), inc())
def swap_demo():
    p, q = 1, 2
    def swap():
        nonlocal p, q
        p, q = q, p
    swap()
    return p, q
print(swap_demo())
