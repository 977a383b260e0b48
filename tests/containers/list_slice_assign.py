# slice assignment and deletion
l = list(range(10))
l[2:5] = ["a", "b"]; print(l)
l[:0] = [-1]; print(l)
l[len(l):] = [100, 101]; print(l)
l[1:3] = []; print(l)
l[::2] = "WXYZU"[:len(l[::2])]; print(l)
l = list(range(6))
l[::-2] = [10, 30, 50]; print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print("ValueError", e)
l = [1, 2, 3]
l[1:2] = range(5); print(l)
l[:] = "xy"; print(l)
del l[:]; print(l)
l = list(range(8))
del l[1::3]; print(l)
del l[::-2]; print(l)
l = [1, 2, 3]
l[5:10] = [9]; print(l)
l[-100:1] = [0]; print(l)
