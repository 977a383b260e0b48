# divmod and % identity holds for all sign combinations and bignums
ok = True
vals = [-(2 ** 70), -1000, -7, -1, 0, 1, 7, 1000, 2 ** 70, 2 ** 64 - 1]
for a in vals:
    for b in vals:
        if b == 0:
            continue
        q, r = divmod(a, b)
        if q * b + r != a or (r != 0 and (r < 0) != (b < 0)) or abs(r) >= abs(b):
            ok = False
            print("bad", a, b, q, r)
print(ok)
print(divmod(-(2 ** 70), 7), divmod(2 ** 70, -7), divmod(-7, 2 ** 70), divmod(7, -(2 ** 70)))
