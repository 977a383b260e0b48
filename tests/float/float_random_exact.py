# random doubles of every magnitude (bit patterns from a seeded generator, built with
# float.fromhex): repr round-trips and matches CPython digit for digit, as do fixed
# precision formats and round()
seed = 2024
def rnd32():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed >> 4

def rdouble():
    frac = (rnd32() << 25 | rnd32()) & (2**52 - 1)
    be = rnd32() % 2047
    sign = "-" if rnd32() & 1 else ""
    if be == 0:
        return float.fromhex("%s0x0.%013xp-1022" % (sign, frac))
    return float.fromhex("%s0x1.%013xp%d" % (sign, frac, be - 1023))

bad = 0
line = []
for i in range(1500):
    x = rdouble()
    r = repr(x)
    if float(r) != x or float(str(x)) != x or float("%.17g" % x) != x:
        bad += 1
    p = rnd32() % 30
    line.append(r)
    line.append("%.*e" % (p, x))
    if abs(x) < 1e25 and abs(x) > 1e-25:
        line.append("%.*f" % (p, x))
        line.append(repr(round(x, p - 10)))
    line.append("%.*g" % (p, x))
    if len(line) > 12:
        print(" ".join(line))
        line = []
print(" ".join(line))
print("bad", bad)
# decimal strings with random digits and exponents read back as CPython does
line = []
for i in range(600):
    nd = 1 + rnd32() % 25
    digits = "".join(str(rnd32() % 10) for _ in range(nd))
    s = "%s.%se%d" % (digits[:1], digits[1:], rnd32() % 660 - 340)
    line.append(repr(float(s)))
    if len(line) == 12:
        print(" ".join(line))
        line = []
print(" ".join(line))
