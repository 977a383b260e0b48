# VM: async with / async for / await on custom awaitables, coroutine send/throw
class Awaitable:
    def __init__(self, v): self.v = v
    def __await__(self):
        x = yield ('req', self.v)
        return x * 2
class ACM:
    async def __aenter__(self):
        print('aenter')
        return await Awaitable(1)
    async def __aexit__(self, t, v, tb):
        print('aexit', t.__name__ if t else None)
        return False
class AIter:
    def __init__(self, n): self.i = 0; self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return await Awaitable(self.i)
async def main():
    async with ACM() as v:
        print('body', v)
    out = []
    async for x in AIter(3):
        out.append(x)
    print(out)
    try:
        async with ACM():
            raise KeyError('k')
    except KeyError as e:
        print('caught', e)
    return 'main done'
def run(coro):
    val = None
    while True:
        try:
            req = coro.send(val)
        except StopIteration as e:
            return e.value
        val = req[1] + 10
print(run(main()))
async def simple():
    return 42
c = simple()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print('value', e.value)
async def thrower():
    try:
        await Awaitable(0)
    except ValueError as e:
        print('coro caught', e)
        return 'recovered'
t = thrower()
print(t.send(None))
try:
    t.throw(ValueError('boom'))
except StopIteration as e:
    print('ret', e.value)
async def nested():
    a = await simple()
    b = await simple()
    return a + b
print(run(nested()))
try:
    async def bad():
        await 5
    run(bad())
except TypeError as e:
    print(e)
