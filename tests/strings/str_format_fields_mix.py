# str.format on generated format strings (fields, conversions, nested specs, stray braces): results and CPython's ValueError/KeyError/IndexError messages
seed = 7
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
pieces = ["{", "}", "{}", "{0}", "{1}", "{a}", "{a.b}", "{0[0]}", "{0[x]}", "{!r}", "{!s}", "{!a}", "{!z}", "{:>5}", "{:{}}", "{0:{1}}", ":", "!", ".", "[", "]", "x", "{{", "}}", "{0!r:^9}", "{:", "{0", "{a[", "{:d}", "{:s}", "{ }", "{-1}", "{00}", "{0.real}", "{a!}", "{:.{}f}", "{0:{a}}"]
class A:
    def __str__(self):
        return "A!"
    b = "AB"
for i in range(3000):
    f = "".join(pieces[rnd(len(pieces))] for _ in range(1 + rnd(4)))
    try:
        r = f.format(["L0", "L1"], 5, 7, a=A())
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(repr(f), r)
