# float division and zero division errors
print(1.0 / 4, 1 / 4.0, 10.0 / 3, -10.0 / 3)
print(10.0 // 3, -10.0 // 3, 10.0 % 3, -10.0 % 3)
print(0.0 / 1, -0.0 / 1, 5 % 2.5, 5.5 % 1)
for op in ("/", "//", "%"):
    for a, b in ((1.0, 0.0), (1, 0.0), (1.0, 0), (0.0, 0.0)):
        try:
            r = a / b if op == "/" else a // b if op == "//" else a % b
            print(r)
        except ZeroDivisionError as e:
            print(op, "ZeroDivisionError", e)
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(-1.0 % 3.0, 1.0 % -3.0, -1e-20 % 1.0)
