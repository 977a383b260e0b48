# range objects
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(10, 0, -3)))
print(list(range(5, 2)), list(range(-5, -1)), list(range(0, -10, -4)), list(range(0)))
r = range(1, 20, 4)
print(r, len(r), r[0], r[-1], r[1:3], r[::-1], list(r[::2]))
print(5 in r, 6 in r, -1 in r, 21 in r, 17 in r)
print(r.index(9), r.count(9), r.count(10))
print(range(10, 0, -2), list(range(10, 0, -2)), 4 in range(10, 0, -2), 3 in range(10, 0, -2))
print(len(range(10, 0, -2)), len(range(0, 10, -1)), range(3) == range(0, 3), range(0) == range(5, 5))
print(range(10 ** 20)[-1], len(range(0, 10 ** 12, 7)))
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError", e)
try:
    range(5)[5]
except IndexError as e:
    print("IndexError", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError", e)
print(sum(range(-10, 10, 3)), list(reversed(range(4))), r.start, r.stop, r.step)
