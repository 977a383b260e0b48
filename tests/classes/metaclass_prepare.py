# A metaclass's __prepare__ makes the namespace the class body runs in.
class Logged(dict):
    def __setitem__(self, k, v):
        if not k.startswith('__'):
            print('set', k)
        super().__setitem__(k, v)


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name, [b.__name__ for b in bases], kw)
        ns = Logged()
        ns['injected'] = 'yes'
        return ns

    def __new__(mcs, name, bases, ns, **kw):
        print('new', name, type(ns).__name__, sorted(k for k in ns if not k.startswith('__')))
        return super().__new__(mcs, name, bases, dict(ns))

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class A(metaclass=Meta):
    x = 1

    def m(self):
        return injected


print(A.x, A.injected, type(A).__name__)


class B(A, flag=3):
    y = x = 2


print(B.x, B.y, B.injected)


class Plain(type):
    pass


class C(metaclass=Plain):
    z = 3


print(C.z, type(C).__name__)
