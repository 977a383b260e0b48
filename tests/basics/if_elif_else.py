# if / elif / else with various truth values
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"
for n in (-5, 0, 3, 10, 100):
    print(n, classify(n))
for v in (0, 1, "", "a", [], [0], {}, None, 0.0, 2.5, (), (0,)):
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
if 1:
    if 0:
        print("no")
    else:
        print("nested else")
x = 5
if x > 3 and x < 10: print("inline")
if not x: print("no")
else: print("not not")
