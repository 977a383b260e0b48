# await chains through several coroutine levels, hand-driven
class Future:
    def __init__(self):
        self.result = None
    def __await__(self):
        yield self
        return self.result
async def leaf(tag):
    f = Future()
    value = await f
    return "%s:%s" % (tag, value)
async def middle():
    a = await leaf("a")
    b = await leaf("b")
    return a + "," + b
async def top():
    return [await middle(), await leaf("c")]
coro = top()
n = 0
try:
    fut = coro.send(None)
    while True:
        n += 1
        fut.result = n * 100
        fut = coro.send(None)
except StopIteration as e:
    print(e.value, n)
