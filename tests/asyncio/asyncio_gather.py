# asyncio.gather: results in order, first exception, return_exceptions, cancellation
import asyncio

async def val(x, d):
    await asyncio.sleep(d)
    print("val", x)
    return x

async def bad(msg, d):
    await asyncio.sleep(d)
    print("bad", msg)
    raise ValueError(msg)

async def main():
    r = await asyncio.gather(val(1, 0.1), val(2, 0.05), val(3, 0))
    print(r)
    print(await asyncio.gather())
    r = await asyncio.gather(val("a", 0.05), bad("x", 0.1), return_exceptions=True)
    print([type(v).__name__ for v in r], r[0], r[1])
    try:
        await asyncio.gather(val("slow", 0.2), bad("first", 0.05))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.25)      # the slow one still finishes
    t = asyncio.create_task(val("t", 0.05))
    r = await asyncio.gather(t, val("u", 0.1))
    print(r, t.done())

    # cancelling the gather cancels its children
    async def long(n):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("child cancelled", n)
            raise
    g = asyncio.create_task(gather_wrapper(long))
    await asyncio.sleep(0.05)
    print("cancel ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")

async def gather_wrapper(long):
    return await asyncio.gather(long(1), long(2))

asyncio.run(main())
