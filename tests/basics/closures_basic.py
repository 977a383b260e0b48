# closures capture variables, not values
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([f(1) for f in make_adders()])
def outer():
    x = 1
    def get():
        return x
    x = 2
    return get
print(outer()())
def mult(n):
    def f(x):
        return x * n
    return f
double = mult(2)
triple = mult(3)
print(double(5), triple(5))
def shared():
    v = []
    def add(x):
        v.append(x)
    def get():
        return v
    return add, get
a, g = shared()
a(1); a(2)
print(g())
