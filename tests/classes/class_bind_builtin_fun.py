# A builtin function stored in a class body is not a descriptor: it is not bound
# to the instance (unlike Python functions, lambdas and closures).
import math


def ext(self, x=0):
    return ('ext', x)


def make_closure(tag):
    def closure(self):
        return tag
    return closure


class A:
    f_len = len
    f_abs = abs
    f_sqrt = math.sqrt
    f_ext = ext
    f_lam = lambda self: 'lam'
    f_clo = make_closure('clo')
    f_type = int


a = A()
print(a.f_len([1, 2, 3]), A.f_len('ab'))
print(a.f_abs(-4), a.f_sqrt(16.0))
print(a.f_ext(1), a.f_lam(), a.f_clo(), a.f_type('12'))
try:
    a.f_len()
except TypeError:
    print('TypeError')
m = a.f_len
print(m([0]))


class B(A):
    pass


print(B().f_len('xyz'), B().f_abs(-1))
A.g = max
print(a.g(3, 9), B().g([4, 2]))


class L(list):
    size = len


ll = L([1, 2])
ll.append(3)
print(ll.size(ll), ll)
