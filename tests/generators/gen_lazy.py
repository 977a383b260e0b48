# generators are lazy
log = []
def src():
    for i in range(5):
        log.append("produce %d" % i)
        yield i
def double(it):
    for x in it:
        log.append("double %d" % x)
        yield x * 2
p = double(src())
print(log)
print(next(p), log)
for v in p:
    if v >= 4:
        break
print(log)
def infinite():
    i = 0
    while True:
        yield i
        i += 1
def take(n, it):
    for i, v in zip(range(n), it):
        yield v
print(list(take(5, infinite())))
