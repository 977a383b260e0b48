# tuples as records; count/index; concatenation builds new tuples
point = (3, 4)
moved = point + (5,)
print(point, moved, point is not moved, moved[:2] == point)
people = [("ann", 30), ("bob", 25), ("cid", 30)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
ages = tuple(p[1] for p in people)
print(ages, ages.count(30), ages.index(30), ages.index(30, 1))
print(tuple(), tuple([]), tuple((1,)), (1,) * 0, (1, 2) * 2)
t = (1, [2], "s")
try:
    t[1] += [3]
except TypeError as e:
    print("TypeError", e)
print(t)
print(len(tuple(range(1000))), tuple(range(1000))[-1])
