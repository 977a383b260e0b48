# VM: async generators (__anext__, asend, athrow, aclose, async comprehensions)
class Sleep:
    def __init__(self, v): self.v = v
    def __await__(self):
        r = yield self.v
        return r
async def agen(n):
    try:
        for i in range(n):
            got = await Sleep(i)
            yield (i, got)
    finally:
        print('agen finally')
async def consumer():
    out = []
    async for item in agen(3):
        out.append(item)
    print(out)
    g = agen(5)
    print(await g.__anext__())
    print(await g.asend(None))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('exhausted')
    out2 = [x async for x in agen(2)]
    print(out2)
    return 'done'
def run(coro):
    val = None
    while True:
        try:
            req = coro.send(val)
        except StopIteration as e:
            return e.value
        val = ('resp', req)
print(run(consumer()))
async def simple():
    yield 1
    yield 2
print(type(simple()).__name__)
async def athrow_test():
    g = simple()
    print(await g.__anext__())
    try:
        await g.athrow(ValueError('x'))
    except ValueError as e:
        print('athrow propagated', e)
run(athrow_test())
async def bad():
    yield 1
    raise StopAsyncIteration
async def use_bad():
    try:
        async for x in bad():
            print('x', x)
    except RuntimeError as e:
        print(e)
run(use_bad())
