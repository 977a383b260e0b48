# cmath: every function MicroPython has, with CPython's results and errors
try:
    import cmath
except ImportError:
    print("SKIP")
    raise SystemExit


def r(x):
    # rounded so libm's last digits do not matter
    return round(x, 10) + 0.0


def c(z):
    return (r(z.real), r(z.imag))


def t(label, f):
    try:
        v = f()
    except Exception as e:
        print(label, type(e).__name__, e)
        return
    if isinstance(v, complex):
        print(label, c(v))
    elif isinstance(v, tuple):
        print(label, tuple(r(x) for x in v))
    else:
        print(label, r(v))


print(r(cmath.e), r(cmath.pi))
vals = [0, 1, -1, 2.5, 1j, -1j, 3 + 4j, -2 - 0.5j, 0.5 + 0.25j, -3 + 1e-3j, 1e10 + 1e10j]
for z in vals:
    t("phase %r" % (z,), lambda: cmath.phase(z))
    t("polar %r" % (z,), lambda: cmath.polar(z))
    t("exp %r" % (z,), lambda: cmath.exp(z) if abs(z) < 100 else 0)
    t("log %r" % (z,), lambda: cmath.log(z))
    t("log10 %r" % (z,), lambda: cmath.log10(z))
    t("sqrt %r" % (z,), lambda: cmath.sqrt(z))
    t("cos %r" % (z,), lambda: cmath.cos(z) if abs(z) < 100 else 0)
    t("sin %r" % (z,), lambda: cmath.sin(z) if abs(z) < 100 else 0)

# exact results
print(cmath.sqrt(-1), cmath.sqrt(-4), cmath.sqrt(4), cmath.sqrt(0), cmath.sqrt(-0.0))
print(cmath.exp(0), cmath.log(1), cmath.rect(2, 0), cmath.rect(0, 0))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(0), cmath.phase(1j))
print(cmath.polar(-2), cmath.polar(3 + 4j))
t("rect 1 pi/2", lambda: cmath.rect(1, cmath.pi / 2))
t("rect 2 pi", lambda: cmath.rect(2, cmath.pi))
t("log base", lambda: cmath.log(8, 2))
t("log cbase", lambda: cmath.log(1j, 1j + 1))
t("log 100 10", lambda: cmath.log(100, 10))
print(type(cmath.phase(1)).__name__, type(cmath.sqrt(4)).__name__, type(cmath.polar(1)).__name__)
print(cmath.sqrt(True), cmath.exp(False))

# errors
for f, a in [(cmath.log, 0), (cmath.log, 0j), (cmath.log10, 0), (cmath.exp, 1000),
             (cmath.exp, 800 + 1j), (cmath.cos, 1000j), (cmath.sin, 1000j),
             (cmath.sqrt, "x"), (cmath.exp, None), (cmath.phase, "1"), (cmath.polar, [1])]:
    t("err", lambda: f(a))
t("log base 1", lambda: cmath.log(2, 1))
t("log base 0", lambda: cmath.log(2, 0))
t("rect complex", lambda: cmath.rect(1j, 0))
t("rect str", lambda: cmath.rect(1, "x"))
t("big int", lambda: cmath.sqrt(1 << 2000))
for name in ("exp", "log", "log10", "sqrt", "cos", "sin", "phase", "polar", "rect"):
    try:
        getattr(cmath, name)()
    except TypeError:
        print(name, "no args TypeError")
