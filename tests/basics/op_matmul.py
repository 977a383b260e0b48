# The @ operator: no builtin type implements it; classes can.
def t(f):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)


x, y = 3, 4
t(lambda: x @ y)
t(lambda: 1 @ 2)
t(lambda: True @ False)
t(lambda: (1 << 70) @ 2)
t(lambda: 2 @ (1 << 70))
t(lambda: 1.5 @ 2)
t(lambda: [1] @ [2])


def imat():
    z = 5
    z @= 2
    return z


t(imat)


class M:
    def __init__(self, v):
        self.v = v

    def __matmul__(self, o):
        return 'M@' + str(o)

    def __rmatmul__(self, o):
        return str(o) + '@M'

    def __imatmul__(self, o):
        self.v = o
        return self


m = M(0)
print(m @ 1, 2 @ m)
m @= 9
print(m.v)
