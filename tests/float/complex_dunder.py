# complex(x) uses x.__complex__() (first argument only); complex(a, b) = a + b*1j
class IC:
    def __complex__(self): return 1+2j
class ICF:
    def __complex__(self): return 3j
    def __float__(self): return 9.0
class Bad:
    def __complex__(self): return 5
print(complex(IC()), complex(ICF()), complex(IC(), 1))
try: complex(1, IC())
except TypeError as e: print("TypeError", e)
try: complex(Bad())
except TypeError as e: print("TypeError", e)
class CSub(complex): pass
print(complex(CSub(1, 2)), complex(CSub(1, 2), CSub(3, 4)))
print(complex(1+2j, 3+4j), complex(2, 1+1j), complex(1.5, 2), complex(True, False))
c = CSub(3, 4)
print(c + 1, c * 2, -c, abs(c), c == 3+4j, c.real, c.imag, c.conjugate(), type(c).__name__, repr(c))
