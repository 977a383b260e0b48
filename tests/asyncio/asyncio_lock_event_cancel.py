# asyncio Lock FIFO between looping tasks, cancelling a waiter and the task the lock was
# handed to; Event wait/set/clear with a cancelled waiter
import asyncio
async def task_loop(id, lock):
    print("task start", id)
    for i in range(3):
        async with lock:
            print("task have", id, i)
            await asyncio.sleep(0.02)
        await asyncio.sleep(0)
    print("task end", id)
async def task_sleep(lock, id):
    async with lock:
        print("task have", id)
        await asyncio.sleep(0.2)
async def task_cancel(id, lock, to_cancel=None):
    try:
        async with lock:
            print("task got", id)
            await asyncio.sleep(0.1)
        print("task release", id)
        if to_cancel:
            to_cancel[0].cancel()
    except asyncio.CancelledError:
        print("task cancel", id)
async def ev_task(id, ev):
    print("ev wait", id)
    r = await ev.wait()
    print("ev got", id, r)
async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    await lock.acquire()
    print(lock.locked())
    lock.release()
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError:
        print("RuntimeError")
    ts = [asyncio.create_task(task_loop(i, lock)) for i in range(3)]
    await asyncio.gather(*ts)
    print("----")
    # cancel a waiter on a lock
    t0 = asyncio.create_task(task_sleep(lock, 0))
    t1 = asyncio.create_task(task_cancel(1, lock))
    t2 = asyncio.create_task(task_cancel(2, lock))
    await asyncio.sleep(0.05)
    t1.cancel()
    await asyncio.sleep(0.4)
    print(lock.locked())
    print("----")
    # cancel the task the lock was handed to, before it runs
    await lock.acquire()
    ta = asyncio.create_task(task_cancel(3, lock))
    tb = asyncio.create_task(task_cancel(4, lock))
    await asyncio.sleep(0.01)
    lock.release()
    ta.cancel()
    await asyncio.sleep(0.3)
    print(lock.locked())
    print("---- event")
    ev = asyncio.Event()
    print(ev.is_set())
    ts = [asyncio.create_task(ev_task(i, ev)) for i in range(3)]
    await asyncio.sleep(0.01)
    ts[1].cancel()
    ev.set()
    print(ev.is_set())
    await asyncio.sleep(0.01)
    ev.clear()
    print(ev.is_set())
    ev.set()
    print(await ev.wait())
    ev.clear()
    t = asyncio.create_task(ev_task(9, ev))
    await asyncio.sleep(0.01)
    ev.set(); ev.clear()
    await asyncio.sleep(0.01)
    print(t.done())
asyncio.run(main())
