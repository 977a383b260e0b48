# int() constructor with bases and errors
print(int(), int(3.9), int(-3.9), int("0"), int("-0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("101", 2), int("0b101", 0))
print(int("z", 36), int("10", 36), int(" +12 "), int("1_000"))
print(int("123456789012345678901234567890"))
print(int(-0.5), int(1e20))
for bad in ["", "abc", "1.5", "0x", "1__0", "12a"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError", e)
try:
    int(None)
except TypeError as e:
    print("TypeError", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
print(int(True), int("  -42\n"))
