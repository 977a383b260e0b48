# async def coroutines driven by hand with send(None)
class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        for i in range(self.n):
            yield "tick %d" % i
        return "slept %d" % self.n
async def child(n):
    r = await Sleep(n)
    return r.upper()
async def main():
    a = await child(1)
    b = await child(2)
    return [a, b]
coro = main()
print(type(coro).__name__)
try:
    while True:
        print(coro.send(None))
except StopIteration as e:
    print("result", e.value)
async def simple():
    return 5
c = simple()
try:
    c.send(None)
except StopIteration as e:
    print("simple", e.value)
