# asyncio.wait_for: in time, timeout (inner cancelled), None, exceptions, cancelling wait_for
import asyncio

async def job(d, name):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    print(name, "finished")
    return name

async def bad():
    await asyncio.sleep(0.01)
    raise KeyError("k")

async def main():
    print(await asyncio.wait_for(job(0.05, "quick"), 1))
    try:
        await asyncio.wait_for(job(1, "slow"), 0.1)
    except asyncio.TimeoutError:
        print("TimeoutError")
    print(await asyncio.wait_for(job(0.02, "unlimited"), None))
    try:
        await asyncio.wait_for(bad(), 1)
    except KeyError as e:
        print("KeyError", e)

    # (whether the inner task or wait_for's caller sees the cancel first differs between
    # MicroPython and CPython: see asyncio_wait_for_order.py)
    seen = []
    async def inner():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            seen.append("inner cancelled")
            raise
    async def waiter():
        try:
            await asyncio.wait_for(inner(), 5)
        except asyncio.CancelledError:
            print("wait_for cancelled")
            raise
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0.05)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer saw CancelledError")
    await asyncio.sleep(0.05)
    print(seen)

    # a task that swallows the cancellation still ends wait_for with a timeout
    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("stubborn cleans up")
            await asyncio.sleep(0.02)
            print("stubborn done")
            raise
    try:
        await asyncio.wait_for(stubborn(), 0.05)
    except asyncio.TimeoutError:
        print("TimeoutError 2")

asyncio.run(main())
