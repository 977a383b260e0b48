# generator local state survives between next() calls
def accum():
    total = 0
    for x in [1, 2, 3, 4]:
        total += x
        yield total
print(list(accum()))
def interleave(a, b):
    for x, y in zip(a, b):
        yield x
        yield y
print("".join(interleave("ace", "bdf")))
def gen_with_try():
    try:
        yield 1
        yield 2
    finally:
        print("finally in gen")
print(list(gen_with_try()))
g1 = accum()
g2 = accum()
print(next(g1), next(g1), next(g2), next(g1))
