# class body scope rules
x = "global"
class C:
    x = "class"
    y = x + "!"
    def m(self):
        return x
print(C.x, C.y, C().m())
class D:
    a = 1
    b = [a * 2]
    c = a + 1
print(D.b, D.c)
def f():
    v = "local"
    class K:
        w = v
        def get(self):
            return v
    return K
K = f()
print(K.w, K().get())
