import re

def t(f, *a):
    try:
        r = f(*a)
        print(r)
    except Exception as e:
        print(type(e).__name__, e)

print(issubclass(re.error, Exception))
for pat in ["(", "(a", "a)", "*a", "a**", "[a", "[b-a]", "a{3,1}", "\\", "\\q", "(?P<1a>x)", "(?P=nope)",
            "(?Q)", "\\2(a)", "+", "a|*", "(?P<n>a)(?P<n>b)", "{3}"]:
    t(re.compile, pat)
t(re.match, 1, "a")
t(re.match, "a", 1)
t(re.match, "a", b"a")
t(re.match, b"a", "a")
m = re.match(r"(a)(b)?", "a")
t(m.group, 3)
t(m.group, "zz")
t(m.start, 5)
print(m.group(2), m.start(2), m.span(2))
t(re.sub, "(a)", r"\2", "a")
t(re.sub, "(a)", r"\g<x>", "a")
t(re.sub, "(a)", r"\q", "a")
t(re.sub, "a", 5, "a")
t(re.sub, "a", lambda m: 5, "a")
# a pattern that would backtrack forever is still interruptible; one that needs a
# huge backtrack stack raises instead of crashing
try:
    re.match(r"(?:a|b)*c", "ab" * 600000)
except (RuntimeError, MemoryError):
    pass
print("survived")
print(re.match(r"(a*)*$", "a" * 12 + "b"))
print(re.match(r"(" * 100 + "a" + ")" * 100, "a").span())
