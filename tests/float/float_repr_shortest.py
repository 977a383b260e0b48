# float repr is the shortest string that round-trips (CPython's repr), incl. decimal ties
x = 12345
def rnd():
    global x
    x = (x * 1103515245 + 12345) % 2147483648
    return x
# powers built with + - * / only (exact IEEE operations, the same on every libm)
p10 = {0: 1.0}
for e in range(1, 31):
    p10[e] = p10[e - 1] * 10.0
    p10[-e] = p10[-e + 1] / 10.0
def p2(k):
    # exact; a loop of * 2.0 would leave ~1000 garbage floats per call between the
    # kept values, fragmenting a small board heap until the list cannot grow
    return float.fromhex("0x1p%d" % k)
vals = [2**-24, 2.0**-30, 5e-324, 1.7976931348623157e308, 0.1, 1/3, 2/3, 1e22, 1e23, 123456789.123, 9.999999999999999e22]
for i in range(1000):
    vals.append(rnd() / 2147483648 * p10[rnd() % 61 - 30])
    vals.append(p2(rnd() % 2093 - 1070))
    vals.append((rnd() * 2147483648 + rnd()) * p2(rnd() % 201 - 100))
bad = [repr(v) for v in vals if float(repr(v)) != v]
print(len(vals), bad[:3])
for v in vals[:11]:
    print(repr(v))
for i in range(11, len(vals), 30):
    print(" ".join(repr(v) for v in vals[i:i + 30:3]))
