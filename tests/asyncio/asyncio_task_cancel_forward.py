# asyncio Task: done(), awaiting twice, cancel before/while running, a cancel caught,
# current_task, cancelling a task that waits on another passes the cancel on to it
import asyncio
# task done / awaiting twice / cancel
async def task(t, exc=None):
    print("task start", t)
    if t >= 0:
        await asyncio.sleep(t)
    if exc:
        raise exc
    print("task done", t)
    return t * 2

async def main():
    t = asyncio.create_task(task(-1))
    print(t.done())
    await asyncio.sleep(0)
    print(t.done())
    print(await t, await t)
    print(t.done())
    t = asyncio.create_task(task(0.05))
    await asyncio.sleep(0)
    print(t.done())
    print(await t)
    print(t.done())
    t = asyncio.create_task(task(-1, ValueError))
    await asyncio.sleep(0)
    print(t.done())
    for i in range(2):
        try:
            await t
        except ValueError as er:
            print(repr(er))
    t = asyncio.create_task(task(0.1))
    await asyncio.sleep(0.05)
    print(t.cancel(), t.done())
    await asyncio.sleep(0)
    print(t.done())
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")
    # cancel before start
    t = asyncio.create_task(task(0.1))
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start")
    # cancel, catch, continue
    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("stubborn caught")
        await asyncio.sleep(0.05)
        return "stubborn result"
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    t.cancel()
    print(await t)
    # current_task
    async def ct():
        return asyncio.current_task()
    t = asyncio.create_task(ct())
    print((await t) is t)
    print(asyncio.current_task() is mt)
    # await on a cancelled task from another waiter
    async def waiter(t, name):
        try:
            await t
        except asyncio.CancelledError:
            print(name, "saw cancel")
    t = asyncio.create_task(task(1))
    w1 = asyncio.create_task(waiter(t, "w1"))
    w2 = asyncio.create_task(waiter(t, "w2"))
    await asyncio.sleep(0.05)
    t.cancel()
    await w1
    await w2
    # cancel a waiter doesn't cancel the awaited task
    t = asyncio.create_task(task(0.1))
    w1 = asyncio.create_task(waiter(t, "w1b"))
    await asyncio.sleep(0.02)
    w1.cancel()
    await asyncio.sleep(0.02)
    print(w1.done(), t.done())
    try:
        print(await t)
    except asyncio.CancelledError:
        print("inner cancelled through its waiter")

mt = None
async def top():
    global mt
    mt = asyncio.current_task()
    await main()
asyncio.run(top())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError")
