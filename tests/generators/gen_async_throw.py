# throw() into a hand-driven coroutine and await chains
class Step:
    def __await__(self):
        value = yield "waiting"
        return value
async def job():
    try:
        v = await Step()
        return "got " + str(v)
    except KeyError as e:
        return "handled " + str(e)
c = job()
print(c.send(None))
try:
    c.send(7)
except StopIteration as e:
    print(e.value)
c = job()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
c = job()
c.close()
print("closed unstarted coroutine")
