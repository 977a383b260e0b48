# LEGB lookup order
x = "global"
def f():
    return x
def g():
    x = "local"
    return x
def h():
    x = "enclosing"
    def inner():
        return x
    return inner()
def i():
    return len("abc")
def j():
    len = 7
    return len
print(f(), g(), h(), i(), j(), x)
print(len("ab"))
def k():
    def inner():
        return y
    y = "defined later in enclosing"
    return inner()
print(k())
