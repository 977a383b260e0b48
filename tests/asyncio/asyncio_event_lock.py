# asyncio.Event and asyncio.Lock between several tasks
import asyncio

async def waiter(ev, name):
    print(name, "waiting")
    r = await ev.wait()
    print(name, "woke", r)

async def locked(lock, name, d):
    async with lock:
        print(name, "has the lock", lock.locked())
        await asyncio.sleep(d)
        print(name, "releases")

async def main():
    ev = asyncio.Event()
    print(ev.is_set())
    ts = [asyncio.create_task(waiter(ev, "w%d" % i)) for i in range(3)]
    await asyncio.sleep(0.02)
    print("setting")
    ev.set()
    print(ev.is_set())
    await asyncio.gather(*ts)
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())

    lock = asyncio.Lock()
    print(lock.locked())
    await asyncio.gather(locked(lock, "A", 0.05), locked(lock, "B", 0.01), locked(lock, "C", 0))
    print(lock.locked())
    print(await lock.acquire(), lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)

    # a waiter cancelled while queued on the lock does not block the others
    await lock.acquire()
    t1 = asyncio.create_task(locked(lock, "X", 0))
    t2 = asyncio.create_task(locked(lock, "Y", 0))
    await asyncio.sleep(0.02)
    t1.cancel()
    lock.release()
    await asyncio.sleep(0.02)
    print(t1.cancelled(), t2.done(), lock.locked())

    # producer/consumer with an event per item
    items = []
    ready = asyncio.Event()
    async def producer():
        for i in range(3):
            await asyncio.sleep(0.02)
            items.append(i)
            ready.set()
    async def consumer():
        got = 0
        while got < 3:
            await ready.wait()
            ready.clear()
            while items:
                print("consumed", items.pop(0))
                got += 1
    await asyncio.gather(producer(), consumer())

asyncio.run(main())
