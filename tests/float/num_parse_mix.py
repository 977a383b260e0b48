# int(s, base), float(s), complex(s) on generated text (signs, prefixes, underscores, spaces, Unicode digits and spaces): results and CPython's ValueError messages
seed = 3
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
alpha = ["0", "1", "7", "9", "a", "f", "z", "_", " ", "-", "+", "x", "o", "b", "X", ".", "e", "\t", "٣", "\u3000", "é"]
for i in range(3000):
    s = "".join(alpha[rnd(len(alpha))] for _ in range(1 + rnd(6)))
    base = [0, 2, 8, 10, 16, 36, 10][rnd(7)]
    try:
        r = int(s, base)
    except ValueError as e:
        r = "ValueError: " + str(e)
    try:
        f = float(s)
    except ValueError as e:
        f = "ValueError: " + str(e)
    try:
        c = complex(s)
    except ValueError as e:
        c = "ValueError: " + str(e)
    print(repr(s), base, r, f, c)
