# format() of complex (and of float/complex subclasses): CPython's rules for both parts, padding, errors
for v in [1+2j, 1.5+0j, 0j, -0.0+1j, 2j, -2j, 1e16+1e-5j, complex(float("nan"), float("inf")), 1234567.5-0.25j, complex(-0.0, -0.0), complex(0.0, -0.0)]:
  print([format(v, s) for s in ["", "#", "+", " ", "-", "10", "<12", "^14", "*>15", ".2", ".2f", "e", "G", "n", ",", "_.1f", "z.1f", "#.0f", ".0", "20.3g", "#g", "é^20", "<", "+.3"]])
for s in ["%", "d", "x", "010", "0<10", "=10", "0", ",n", "s", "c", ".2%", "z", "^"]:
    try:
        print(s, format(1+2j, s))
    except Exception as e:
        print(s, type(e).__name__, e)
class C(complex):
    pass
class F(float):
    pass
print(format(C(1, 2), ".1f"), format(F(2.5), ".3f"), "{:>8.2f}|{:e}".format(F(-1.25), C(0, 1)), f"{F(3):g} {C(1.5):}")
print("{:.2f}".format(3-4j), f"{1j:+}", "%s" % (1+2j))
