# float repr is the shortest string that round-trips (CPython's repr), incl. decimal ties
x = 12345
def rnd():
    global x
    x = (x * 1103515245 + 12345) % 2147483648
    return x
vals = [2**-24, 2.0**-30, 5e-324, 1.7976931348623157e308, 0.1, 1/3, 2/3, 1e22, 1e23, 123456789.123, 9.999999999999999e22]
for i in range(6000):
    vals.append(rnd() / 2147483648 * 10.0 ** (rnd() % 61 - 30))
    vals.append(2.0 ** (rnd() % 2093 - 1070))
    vals.append((rnd() * 2147483648 + rnd()) * 2.0 ** (rnd() % 201 - 100))
bad = [repr(v) for v in vals if float(repr(v)) != v]
print(len(vals), bad[:3])
for v in vals[:11]:
    print(repr(v))
print(" ".join(repr(v) for v in vals[11::3]))
