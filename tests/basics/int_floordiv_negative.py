# floor division and modulo round toward negative infinity
for a in (7, -7, 0, 1, -1, 13, -13):
    for b in (2, -2, 3, -3, 7):
        print(a, b, a // b, a % b, divmod(a, b))
print((-7) // 2 * 2 + (-7) % 2)
print(-1 // 10, -1 % 10)
print(1 // -10, 1 % -10)
