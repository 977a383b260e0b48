# num_: numeric behaviour checked against CPython (int/float/complex/math)
import math
def t(s):
    try:
        r = eval(s)
        print(s, '->', repr(r))
    except Exception as x:
        print(s, '!!', type(x).__name__, x)
for e in [
    'complex(1,2)',
    'complex(0,1)',
    'complex(-0.0,-1)',
    'complex(float("nan"), float("inf"))',
    'complex("1+2j")',
    'complex(" (3-4.5j) ")',
    'complex("j")',
    'complex("-j")',
    'complex("1e3")',
    'complex("2.5J")',
    'complex("1+")',
    'complex("x")',
    'complex(1j, 1j)',
    'complex(2.0)',
    'complex()',
    'complex(1e16, 1e-5)',
    'complex(0.0, 0.0)',
    'complex(-0.0, 0.0)',
    'complex(1.5, -0.0)',
    'repr(complex(123456789012.5, 1))',
    '1j*1j',
    '(1+2j)/(3-4j)',
    '(1+2j)**2',
    '(1+2j)**0.5',
    '2**(1j)',
    '1j**-1',
    'abs(3+4j)',
    '(1+2j).conjugate()',
    '(1+2j).real',
    '(1+2j).imag',
    '(1+2j) == (1+2j)',
    '1+0j == 1',
    'hash(1+0j) == hash(1)',
    '1j/0',
    '0j**-1',
    '-(1+2j)',
    '(1e20+1j)',
    '(1+2j) + 1.5',
    '2 - 1j',
    '3 * (1-1j)',
    '(1+1j) < (2+2j)',
    'str(1+2j)',
]:
    t(e)
