# a tiny round-robin scheduler over hand-driven coroutines
class Yield:
    def __await__(self):
        yield
async def worker(name, n, log):
    for i in range(n):
        log.append("%s%d" % (name, i))
        await Yield()
    return name + " done"
log = []
tasks = [worker("a", 3, log), worker("b", 1, log), worker("c", 2, log)]
results = []
while tasks:
    t = tasks.pop(0)
    try:
        t.send(None)
        tasks.append(t)
    except StopIteration as e:
        results.append(e.value)
print(log)
print(results)
async def thrower():
    await Yield()
    raise ValueError("in coro")
c = thrower()
c.send(None)
try:
    c.send(None)
except ValueError as e:
    print("ValueError", e)
