# float() parsing of strings
for s in ["1", "1.5", "-2.25", "  3.0  ", "1e3", "1E-3", ".5", "5.", "+7", "1_000.5",
          "inf", "-Infinity", "nan", "2.5e+2", "00012.5", "1e308", "1e309", "-1e-400"]:
    print(repr(s), float(s))
for bad in ["", "abc", "1.2.3", "1e", "--1", "1_", "0x10", "1 2", "."]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    float([])
except TypeError as e:
    print("TypeError", e)
print(float(5), float(True), float(-0), float(2 ** 64))
