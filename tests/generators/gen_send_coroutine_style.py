# generator-based coroutine accumulating results via send
def grep(pattern, out):
    while True:
        line = yield
        if pattern in line:
            out.append(line)
found = []
g = grep("py", found)
next(g)
for line in ["python", "java", "pypy", "rust", "cpython"]:
    g.send(line)
g.close()
print(found)
def averager():
    total = count = 0
    avg = None
    while True:
        try:
            x = yield avg
        except ValueError:
            total = count = 0
            avg = None
            continue
        total += x
        count += 1
        avg = total / count
a = averager()
next(a)
print(a.send(10), a.send(20))
print(a.throw(ValueError))
print(a.send(5))
