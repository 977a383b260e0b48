# krait-exp: hand-written (micropython.heap_lock is MicroPython's; the order is that of the sleeps)
# tasks sleeping with asyncio.sleep_ms allocate nothing once running (heap locked)
try:
    import micropython
    micropython.heap_lock
except (ImportError, AttributeError):
    print("SKIP")
    raise SystemExit
import asyncio


async def task(id, n, ms):
    i = 0                    # (a while loop: a for loop's iterator would allocate)
    while i < n:
        print(id, i)
        i += 1
        await asyncio.sleep_ms(ms)


async def main():
    t1 = asyncio.create_task(task(1, 3, 200))
    t2 = asyncio.create_task(task(2, 2, 300))
    await asyncio.sleep_ms(0)       # let the lists the loop uses grow first
    micropython.heap_lock()
    try:
        print("start")
        await asyncio.sleep_ms(5)
        print("sleep")
        await asyncio.sleep_ms(500)
        print("finish")
    except MemoryError:
        micropython.heap_unlock()
        print("MemoryError")
        return
    micropython.heap_unlock()
    await t1
    await t2
    print("done")

asyncio.run(main())
