# math: every function over special and ordinary values (rounded: libm last digits vary)
def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
import math
for name in ['sqrt','exp','log','log2','log10','cos','sin','tan','acos','asin','atan','ceil','floor','trunc','fabs','isfinite','isinf','isnan','radians','degrees','expm1','cosh','sinh','tanh','acosh','asinh','atanh','erf','erfc','gamma','lgamma','factorial']:
    f = getattr(math, name)
    for a in [0, 1, -1, 0.5, 2, 1e300, float('inf'), float('nan'), -2.5, 10**400, 'x', True]:
        try:
            r = f(a)
            if isinstance(r, float):
                r = round(r, 9)
            print(name, repr(a)[:10], r)
        except Exception as e:
            print(name, repr(a)[:10], type(e).__name__, e)
for name in ['pow','atan2','copysign','fmod','ldexp','log','isclose','gcd']:
    f = getattr(math, name)
    for a, b in [(2, 3), (0, 0), (-1, 0.5), (1e308, 10), (float('inf'), 0), (0, -1), (1, 2.0), (10, 1), (2, 1), (5, 10**400)]:
        try:
            r = f(a, b)
            if isinstance(r, float):
                r = round(r, 9)
            print(name, a, b, r)
        except Exception as e:
            print(name, a, b, type(e).__name__, e)
t('frexp', lambda: [math.frexp(x) for x in (0.0, 1.0, -3.0, 1e-310, float('inf'))])
t('modf', lambda: [math.modf(x) for x in (0.0, 1.5, -3.25, float('inf'))])
t('floor big', lambda: [math.floor(1e20), math.ceil(-1e20), math.trunc(1e25)])
t('floor inf', lambda: math.floor(float('inf')))
t('ceil nan', lambda: math.ceil(float('nan')))
t('isclose kw', lambda: math.isclose(1, 1.1, rel_tol=0.2))
t('isclose abs', lambda: math.isclose(0, 1e-10, abs_tol=1e-9))
t('isclose neg', lambda: math.isclose(0, 1, rel_tol=-1))
t('consts', lambda: (math.pi, math.e, math.tau, math.inf, math.nan))
t('gcd0', lambda: math.gcd())
t('gcd3', lambda: math.gcd(12, 18, 8))
t('fact big', lambda: math.factorial(30))
t('fact float', lambda: math.factorial(3.0))
t('log base', lambda: [math.log(100, 10), math.log(1, 1)])
t('log neg', lambda: math.log(-1))
t('log 0', lambda: math.log(0))
t('log big', lambda: math.log(10**400))
t('exp 1000', lambda: math.exp(1000))
t('sqrt -1', lambda: math.sqrt(-1))
t('pow', lambda: math.pow(0, -1))
t('lgamma 0', lambda: math.lgamma(0))
t('gamma -1', lambda: math.gamma(-1))
