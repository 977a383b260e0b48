# decimal -> float is correctly rounded: halfway points between doubles (built exactly
# with integers), one digit either side, long inputs, subnormals and overflow edges
def hx(v):
    return v.hex()

def dec(n, e10):
    # exact decimal text of n * 10**e10 (n > 0)
    s = str(n)
    if e10 >= 0:
        return s + "0" * e10
    if len(s) <= -e10:
        s = "0" * (-e10 - len(s) + 1) + s
    return s[:e10] + "." + s[e10:]

def midpoint(m, e):
    # exact decimal of (2m+1) * 2**(e-1)
    n = 2 * m + 1
    k = e - 1
    if k >= 0:
        return str(n << k)
    return dec(n * 5 ** (-k), k)

cases = [(1, -1074), (2, -1074), (3, -1074), (2**52 - 1, -1074), (2**52, -1074), (2**52 + 1, -1074),
         (2**53 - 1, -1075 + 53), (2**52, 0), (2**52 + 1, -52), (2**53 - 1, 971), (2**53 - 2, 971),
         (4503599627370497, -60), (6755399441055744, 3), (9007199254740991, -300), (2**52 + 12345, 200)]
seed = 7
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
for i in range(40):
    m = 2**52 + rnd(2**20) * 2**32 + rnd(2**31) * 2 + rnd(2)
    cases.append((m, rnd(2000) - 1074))
for m, e in cases:
    if e < -1074 or m * 2 ** (e + 1) > 1.7976931348623157e308 if e > 0 else False:
        continue
    s = midpoint(m, e)
    up = s + "000000000000000000001" if "." in s else s + ".00000000000000000001"
    lo = s[:-1] + str(int(s[-1]) - 1) + "9999999" if "." in s else str(int(s) - 1) + ".9999999"
    print(len(s), hx(float(s)), hx(float(up)), hx(float(lo)), hx(-float(s)))
# boundaries
for s in ["2.4703282292062327e-324", "2.4703282292062328e-324", "2.470328229206232720882e-324",
          "4.9406564584124654e-324", "7.4109846876186981e-324", "7.4109846876186982e-324",
          "2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072014e-308",
          "1.7976931348623157e308", "1.7976931348623158e308", "1.797693134862315807e308",
          "1.7976931348623159e308", "1e309", "1e-400", "0e999999", "1e-99999999999", "-0.0",
          "9007199254740993", "9007199254740993.0000000001", "9007199254740995", "123456789012345678901234567890",
          "0.1", "0.30000000000000004", "1e23", "8.988465674311579e307", "4.450147717014402e-308",
          "1_000.000_1", "  -12.5e+0_1  ", ".5", "5.", "00000000000000000000000000001.5", "1" + "0" * 400 + "e-400",
          "0." + "0" * 350 + "1e350", "3" + "3" * 900 + "e-901", "1." + "0" * 1000 + "1", "5e-324", "inf", "-Infinity", "nan"]:
    v = float(s)
    print(s[:40], repr(v), hx(v) if v == v else "nan")
# a 1000-digit halfway case and its neighbours
h = midpoint(2**52 + 1, -1074)
for t in [h, h + "1", h[:-1] + "4" + "9" * 50]:
    print(len(t), hx(float(t)))
# literals in source and json
print(hx(2.4703282292062328e-324), hx(0.1), hx(1.7976931348623157e308), hx(9007199254740993.0))
try:
    import json
    print([hx(v) for v in json.loads("[0.1, 2.4703282292062328e-324, 9007199254740993.0, 1e23, -1e-7]")])
except ImportError:
    print("no json")
for bad in ["", "1e", "e5", "1.2.3", "1__0", "_1", "1_", "--1", "0x10", "1e+", "1 0", "in f", "."]:
    try:
        print(float(bad))
    except ValueError as e:
        print("ValueError", e)
