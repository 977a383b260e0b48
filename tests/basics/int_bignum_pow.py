# big integer powers and overflow from small ints
print(2 ** 100)
print(2 ** 64 - 1)
print(-2 ** 63)
print((-2) ** 63)
print(3 ** 50)
print(10 ** 30 + 1)
print(7 ** 0, 0 ** 0, 1 ** 1000)
print(pow(2, 200))
print(pow(3, 100, 7))
print(pow(2, 1000, 10 ** 9 + 7))
print(pow(-3, 3), pow(-3, 4))
print(2 ** -1)
print(pow(5, -2))
x = 1
for i in range(70):
    x *= 2
print(x)
print(x - 1, x + 1)
print(len(str(2 ** 1000)))
print(str(2 ** 1000)[:20], str(2 ** 1000)[-20:])
