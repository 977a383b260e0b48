# nested function definitions and calls
def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner(b * 2)
    return middle(a * 2)
print(outer(1), outer(10))
def apply_twice(f, x):
    return f(f(x))
def plus3(x):
    return x + 3
print(apply_twice(plus3, 1))
def make():
    def f():
        return "f"
    def g():
        return f() + "g"
    return g
print(make()())
def defined_in_if(flag):
    if flag:
        def h():
            return "yes"
    else:
        def h():
            return "no"
    return h()
print(defined_in_if(True), defined_in_if(False))
print(outer.__name__, make().__name__)
