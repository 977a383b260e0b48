# for over range with various steps, including negative and large
print([i for i in range(10, 0, -1)])
print([i for i in range(-5, 5, 2)])
print([i for i in range(5, -5, -3)])
print([i for i in range(0, 1)], [i for i in range(1, 0)], [i for i in range(0, 0, -1)])
total = 0
for i in range(0, 10 ** 6, 1000):
    total += i
print(total)
big = 2 ** 64
print([i - big for i in range(big, big + 3)])
print(list(range(big, big - 9, -4)))
for i in range(3):
    pass
print(i)
n = 0
for i in range(-(2 ** 63), -(2 ** 63) + 3):
    n += 1
print(n)
