# break and continue in nested loops and with try/finally
for i in range(4):
    for j in range(4):
        if j == 2:
            break
        if i == 1:
            continue
        print(i, j)
out = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    finally:
        out.append("f%d" % i)
print(out)
n = 0
while n < 10:
    n += 1
    try:
        if n % 2:
            continue
    finally:
        pass
    if n == 8:
        break
print(n)
