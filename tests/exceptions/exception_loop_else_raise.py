# exceptions skip else clauses of loops and try statements
def f(seq):
    out = []
    try:
        for x in seq:
            out.append(10 // x)
        else:
            out.append("loop else")
    except ZeroDivisionError:
        out.append("div0")
    else:
        out.append("try else")
    return out
print(f([1, 2]), f([1, 0, 2]), f([]))
def g(n):
    while n:
        n -= 1
        if n == 2:
            raise ValueError(n)
    else:
        return "completed"
for n in (2, 5):
    try:
        print(g(n))
    except ValueError as e:
        print("ValueError", e)
