# float.hex and float.fromhex: exact, rounding ties to even past 53 bits
for v in [0.0, -0.0, 1.0, -1.5, 0.1, 1/3, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
          1.7976931348623157e308, 1e22, 2.0**-1060, float("inf"), float("-inf"), float("nan")]:
    h = v.hex()
    b = float.fromhex(h)
    print(h, repr(b), b == v or v != v)
for s in ["0x1p0", "0X1P-1074", "0x1p-1075", "0x1.8p-1075", "0x1.0000000000001p-1075", "0x3p-1076", "0x1p-1076",
          "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000080000000000000000001p0",
          "0x1.fffffffffffff8p1023" if False else "0x1.fffffffffffff7ffp1023", "0x.8p1", "0x8.p-3", "1.8", "  -0xAbC.dEfp+2 ",
          "0x0.0000000000001p-1022", "0x0.00000000000008p-1022", "0x0.00000000000018p-1022", "0x1" + "0" * 300 + "p-1200",
          "0x" + "f" * 40, "0x1p+00000000000000003", "inf", "-Infinity", "nan"]:
    print(s[:40], repr(float.fromhex(s)))
for bad in ["", "0x", "0xp1", "0x1p", "0x1.2.3", "0x1g", "1p1.5", "0x1p1 x", "0x1fffffffffffff8p1020", "0x1p1024", "0x2p1023"]:
    try:
        print(repr(float.fromhex(bad)))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
