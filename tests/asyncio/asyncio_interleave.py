# asyncio ordering without timers: sleep(0) round-robin, create_task order, several
# tasks awaiting one task, event wake order, nested awaits
import asyncio

async def rr(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name

async def waiter(t, name):
    r = await t
    print(name, "saw", r)
    return name

async def main():
    ts = [asyncio.create_task(rr(c, 3)) for c in "abc"]
    print("created")
    await asyncio.sleep(0)
    print("main after first yield")
    for t in ts:
        await t
    print([t.done() for t in ts])

    target = asyncio.create_task(rr("target", 2))
    ws = [asyncio.create_task(waiter(target, "w%d" % i)) for i in range(3)]
    print(await asyncio.gather(*ws))

    ev = asyncio.Event()
    order = []
    async def ev_waiter(i):
        await ev.wait()
        order.append(i)
    es = [asyncio.create_task(ev_waiter(i)) for i in range(4)]
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*es)
    print(order)

    t = asyncio.create_task(rr("done", 1))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(t.done(), await t, await t)

    async def boom():
        raise OSError("late")
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print("boom done", t.done())
    try:
        await t
    except OSError as e:
        print("late await raised", e)

asyncio.run(main())
