# locals in frames are intact after catching exceptions deeper down
def deep(n, acc):
    acc.append(n)
    if n == 0:
        raise LookupError("bottom")
    local = n * 10
    try:
        deep(n - 1, acc)
    except LookupError:
        acc.append(("caught at", n, local))
        if n < 3:
            raise
acc = []
deep(5, acc)
print(acc)
def loop_catch():
    total = 0
    for i in range(100):
        try:
            if i % 10 == 0:
                raise ValueError(i)
            total += i
        except ValueError as e:
            total -= e.args[0]
    return total
print(loop_catch())
