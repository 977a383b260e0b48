# str.format, format_map and f-strings
class P:
    def __init__(self):
        self.x = 3
        self.items = [10, 20]
p = P()
print("{0[1]} {1.x} {1.items[0]} {2[k]} {2[k2][0]}".format([1, 2], p, {"k": "v", "k2": "w"}))
print("{0!r:>{1}}|{0!s:<{1}}|{0!a}".format("é", 6))
print("{:{w}.{p}f}".format(3.14159, w=10, p=2), "{:{}}".format("x", 4), "{:*^{}}".format("mid", 9))
print("{{}} {{{0}}} }}{{".format(5), "{}{}{}".format(1, 2, 3), "{0}{0}".format("ab"), "{a}{b}".format(a=1, b=2))
print("{} {}".format(*"ab"), "{x} {y}".format(**{"x": 1, "y": 2}))
print("{0:b} {0:o} {0:x} {0:#X} {0:,} {1:.3e} {1:%}".format(255, 0.5))
print("{!r}".format([1, "a"]), "{}".format(None), "{:5}|{:<5}|".format(True, None) if False else "{:5}|".format(True))
for f in ["{", "a{0", "{0!}", "{0!x}", "{0!r", "{0!rr}", "}", "{0[}", "{0.}", "{0[0]x}", "{:{:{}}}", "{0:{1}", "{}{0}", "{0}{}", "{a", "{0]}", "{[0]}", "{3}", "{missing}", "{0.nope}", "{0[5]}", "{0[]}"]:
    try:
        print(repr(f), repr(f.format([1, 2], 5, a=1)))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(repr(f), type(e).__name__, e)
print("{name}-{0}".format_map({"name": "n", "0": "zero"}) if False else "{name}".format_map({"name": "n"}))
class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {b}".format_map(D(a=1)))
x, y, name = 42, 1.5, "krait"
print(f"{x} {y:.2f} {name!r} {name:>8} {x:#x} {x + 1} {'q'} {x=} {y = }")
print(f"{{{x}}}", f"{name[0]}{name[-1]}", f"{[1, 2][1]}", f"{'a' if x else 'b'}", f"{x:{'>'}{5}}")
w = 7
print(f"{3.14159:{w}.3}", f"{'é':✓^5}", f"{x!s:>4}", f"{-0.0:z}", f"{1e6:_}")
