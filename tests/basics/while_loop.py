# while loops, break, continue, else
i = 0
while i < 5:
    print(i)
    i += 1
else:
    print("else ran", i)
i = 0
while True:
    i += 1
    if i == 3:
        continue
    if i > 6:
        break
    print("i", i)
else:
    print("never")
n = 10
total = 0
while n:
    total += n
    n -= 1
print(total)
j = 0
while j < 3:
    k = 0
    while k < 3:
        if k == j:
            break
        k += 1
    print(j, k)
    j += 1
while False:
    print("no")
else:
    print("empty while else")
