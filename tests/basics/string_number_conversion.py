# conversions between numbers and strings
print(str(12), str(-0), str(1.0), str(1e100), str(2 ** 70), repr(3))
print(int("0012"), int("-0"), float("0012.50"), int(float("3.9")))
print(int("+5"), int(" 7\t\n"), float(" -1.5 "), float("1e-2"))
n = 255
print(str(n), hex(n)[2:], oct(n)[2:], bin(n)[2:], int(hex(n), 16), int(bin(n), 2))
print("%d" % 3.7, "%s" % 3.7, "%.1f" % 3, "%i" % -2)
print(str(True) + str(None))
for s in ["1_000", "1__0", "_1", "1_"]:
    try:
        print(int(s))
    except ValueError as e:
        print("ValueError", e)
