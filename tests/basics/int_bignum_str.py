# str/repr/int() round trips of big integers and formatting
vals = [2 ** 64, -(2 ** 64), 10 ** 50, -(10 ** 50) + 1, 3 ** 200, 2 ** 127 - 1]
for v in vals:
    s = str(v)
    print(s, int(s) == v, len(s))
print("%d" % (2 ** 70), "{:,}".format(2 ** 70), "{:x}".format(2 ** 70), "{:>30}".format(2 ** 64))
print(f"{2 ** 65:_d}", f"{-(2 ** 65):+}", format(2 ** 80, "o"))
print(int("-" + "9" * 40) + 1)
print(int("1" * 30, 2), int("z" * 20, 36))
print(hex(2 ** 128), bin(2 ** 65)[:10])
