# float formatting is correctly rounded (ties to even on the exact binary value) for
# every spec: e f g % with precisions up to 120, widths, signs, '#', grouping
vals = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1.0, 9.5, 99.5, 999.5, 0.05, 0.15, 0.25, 0.35,
        1e-5, 1.5e-5, 123456.789, 1e15, 1e16, 1e17, 1e22, 1e23, 1e300, -1e300, 1e-300, 5e-324,
        2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, 0.1, 0.2, 0.3,
        1/3, 2/3, 3.141592653589793, 2.718281828459045, 123.456, 9.999999999999999e22,
        4.35, 4.45, 0.045, 1.005, 2.675, 1234567.891, 0.000123456789, 9.9995, 99999.5, 0.9999995]
for k in range(-60, 70, 7):
    vals.append(float.fromhex("0x1p%d" % k))   # exact everywhere, unlike libm pow
    vals.append(float("1e%d" % k))
specs = ["e", ".0e", ".1e", ".3e", ".16e", ".17e", ".25e", "f", ".0f", ".1f", ".2f", ".5f", ".20f",
         "g", ".1g", ".2g", ".5g", ".16g", ".17g", ".20g", "#g", "#.3g", "#.0e", "#.0f", "%", ".1%",
         ".3", ".10", ""]
for v in vals:
    print(repr(v), " ".join(format(v, s) for s in specs))
# old-style %, padding, signs, grouping
for v in [0.0, -0.0, 1.5, -1234567.891, 1e-7, 12345678.9, 0.5, 1e100, float("inf"), float("nan")]:
    print("%10.3f|%-12.4e|%+g|% .2f|%012.3f|%#.0f|%.0e" % (v, v, v, v, v, v, v))
    print(format(v, ",.2f"), format(v, "_.3f"), format(v, "015,.1f"), format(v, "+015_.2e"),
          format(v, "^20.5g"), format(v, "*<14.2%"), format(v, "=+12,.0f"), format(v, "z.1f"))
# huge precisions are exact decimal expansions
for v in [0.1, 1/3, 5e-324, 2.0 ** -20, 1e300, 1.7976931348623157e308, 123.456]:
    print("%.60f" % v)
    print(format(v, ".120e"))
    print(f"{v:.40g}")
print("%.330f" % 2.2250738585072014e-308)
print("%f" % 1e300)
print(len("%.500f" % 5e-324), ("%.1100f" % 5e-324).rstrip("0")[-20:])
# f-strings and str.format
x = 2.675
print(f"{x:.2f} {x:.3g} {x!r} {x:10.1e} {-x:<+10.2f}|", "{:.2f} {:e}".format(0.125, 0.375))
