# asyncio: run, create_task, sleep ordering, task results, current_task
import asyncio

log = []

async def worker(name, delay, n):
    for i in range(n):
        await asyncio.sleep(delay)
        log.append((name, i))
        print(name, i)
    return name * 2

async def main():
    t1 = asyncio.create_task(worker("a", 0.1, 3))
    t2 = asyncio.create_task(worker("b", 0.25, 2))
    print("created", t1.done(), t2.done())
    r1 = await t1
    print("t1 ->", r1, t1.done())
    r2 = await t2
    print("t2 ->", r2)
    print(isinstance(asyncio.current_task(), asyncio.Task))
    await asyncio.sleep(0)
    return "main done"

print(asyncio.run(main()))

async def fails():
    await asyncio.sleep(0.01)
    raise ValueError("boom")

async def main2():
    t = asyncio.create_task(fails())
    try:
        await t
    except ValueError as e:
        print("caught", e)
    try:
        await fails()
    except ValueError as e:
        print("caught direct", e)
    return 7

print(asyncio.run(main2()))
try:
    asyncio.run(fails())
except ValueError as e:
    print("run raised", e)

try:
    asyncio.current_task()
except RuntimeError:
    print("RuntimeError outside loop")

async def nested(n):
    if n == 0:
        return 0
    await asyncio.sleep(0)
    return n + await nested(n - 1)

print(asyncio.run(nested(10)))
