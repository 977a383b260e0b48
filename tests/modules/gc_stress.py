# allocation-heavy loop with garbage; survivors keep their values
import gc
keep = []
for i in range(300):
    tmp = [j * i for j in range(50)]
    d = {str(k): k for k in range(20)}
    s = "x" * (i % 17) + str(i)
    if i % 50 == 0:
        keep.append((tmp[-1], d["19"], s))
    if i % 100 == 0:
        gc.collect()
print(keep)
big = 2 ** 200
for i in range(100):
    big = big * 3 // 3 + i - i
print(big == 2 ** 200)
