# generator pipelines
def numbers(n):
    yield from range(n)
def evens(it):
    return (x for x in it if x % 2 == 0)
def squares(it):
    for x in it:
        yield x * x
def running_sum(it):
    s = 0
    for x in it:
        s += x
        yield s
print(list(running_sum(squares(evens(numbers(20))))))
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window(range(6), 3)))
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks("abcdefg", 3)))
