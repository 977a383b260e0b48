# for loops over various iterables with else/break/continue
for i in range(3):
    print(i)
for c in "abc":
    print(c)
for x in [1, 2, 3]:
    if x == 2:
        continue
    print("x", x)
else:
    print("done")
for x in [1, 2, 3]:
    if x == 2:
        break
else:
    print("not printed")
print("after", x)
for k in {"a": 1, "b": 2}:
    print(k)
for i, v in enumerate("xy"):
    print(i, v)
for _ in ():
    print("never")
else:
    print("empty else")
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print(i, j, end=";")
print()
i = 99
for i in range(0):
    pass
print(i)
