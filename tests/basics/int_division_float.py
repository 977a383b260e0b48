# true division of ints always gives float
print(7 / 2, 6 / 2, -7 / 2, 1 / 3, 2 / 3)
print(type(6 / 2).__name__)
print(10 ** 20 / 10 ** 10, 2 ** 60 / 2)
print(1 / 8, 1 / 1024, 5 / -4)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(0 / 5, -0 / 5)
