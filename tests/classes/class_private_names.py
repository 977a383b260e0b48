# private names (__x) inside a class body are mangled to _Class__x (CPython); dunder
# names, keyword argument names and names outside classes are not
class C:
    __a = 1
    def __m(self, __p=2, *, __k=3): return (__p, __k)
    def f(self): return self.__m(), self.__a, C.__a, dict(__x=1), self.__m(_C__p=5)
    class __Inner: pass
    def g(self):
        global __gg
        __gg = 1
        try: raise ValueError
        except ValueError as __e: return __e.__class__.__name__
    lam = lambda self, __q=1: __q
    comp = [__i for __i in range(2)]
    def __dunder__(self): return "dunder"
print(sorted(k for k in C.__dict__ if not k.startswith('__')), C().f(), C().g(), sorted(k for k in globals() if 'gg' in k))
class _:
    __z = 1
print([k for k in _.__dict__ if 'z' in k])
class __Lead:
    __y = 1
print([k for k in __Lead.__dict__ if 'y' in k])
print(getattr(C(), '_C__a'), hasattr(C, '__a'))
def outer():
    class D:
        def m(self, o): return o.__v
    class E:
        _D__v = 'mangled'
    return D().m(E())
print(outer())
class C:
    def __m(self): pass
    class __Inner: pass
    def f(self): return self.__m.__name__, self.__Inner.__name__, self.__m.__qualname__, self.__Inner.__qualname__
print(C().f())
print(C._C__Inner)
class D:
    __slots__ = ('__a', 'b')
    def __init__(self): self.__a = 1
    def get(self): return self.__a
try: print(D().get())
except Exception as e: print(type(e).__name__)
class E:
    def f(self):
        return f"{self.__x}" if hasattr(self, '_E__x') else 'no'
    __x = 5
print(E().f())
class G:
    def m(self):
        import sys as __s
        return __s.__name__
print(G().m())
class Outer:
    __o = "outer"
    class Inner:
        __i = "inner"
        def get(self):
            return self.__i, self._Inner__i
    def get(self):
        return self.__o, [self.__o for _ in range(1)][0], (lambda: self.__o)()
print(Outer().get(), Outer.Inner().get())
class Sub(Outer):
    def get2(self):
        try:
            return self.__o
        except AttributeError as e:
            return "AttributeError " + str(e)
print(Sub().get2(), Sub()._Outer__o)
class K:
    def __init__(self):
        self.__dict__["__raw"] = 1
        self.__v = 2
    def keys(self):
        return sorted(self.__dict__)
print(K().keys())
def f(**kw):
    return kw
class KW:
    def call(self):
        __local = 3
        return f(__a=1), __local, locals().get('_KW__local')
print(KW().call())
