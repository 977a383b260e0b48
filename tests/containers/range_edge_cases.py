# range with big and negative values
r = range(-10, 10, 3)
print(list(r), len(r), r[2], r[-2], r.index(-4), -4 in r, -3 in r)
r2 = range(2 ** 64, 2 ** 64 + 10, 2)
print(len(r2), r2[1] - 2 ** 64, 2 ** 64 + 4 in r2, 2 ** 64 + 5 in r2)
print(list(range(5)[::-1]), list(range(10)[2:8:3]), range(10)[::-1][0])
print(range(0, 10, 2) == range(0, 9, 2), range(1) == range(1, 2), range(0) == range(3, 3))
print(range(-(2 ** 62), 2 ** 62)[-1] == 2 ** 62 - 1)
print(3.0 in range(5), "3" in range(5), True in range(2))
try:
    range(5).index(7)
except ValueError as e:
    print("ValueError", e)
print(list(range(3, 0, -1)), bool(range(0)), bool(range(1)))
