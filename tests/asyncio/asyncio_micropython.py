# krait-exp: hand-written (MicroPython-only asyncio API: sleep_ms, wait_for_ms, ThreadSafeFlag, static Loop, Stream over sys.stdout)
import asyncio
import sys
try:
    asyncio.sleep_ms
    import micropython
except (AttributeError, ImportError):
    print("SKIP")
    raise SystemExit

async def ticker(name, ms, n):
    for i in range(n):
        await asyncio.sleep_ms(ms)
        print(name, i)

async def main():
    await asyncio.gather(ticker("fast", 100, 3), ticker("slow", 250, 2))
    await asyncio.sleep_ms(-5)
    try:
        await asyncio.wait_for_ms(asyncio.sleep_ms(1000), 50)
    except asyncio.TimeoutError:
        print("wait_for_ms timeout")
    print(await asyncio.wait_for_ms(ticker("in time", 10, 1), 500))

    # ThreadSafeFlag set from a scheduled callback (as an interrupt handler would)
    flag = asyncio.ThreadSafeFlag()
    async def flag_waiter():
        await flag.wait()
        print("flag seen")
    t = asyncio.create_task(flag_waiter())
    await asyncio.sleep_ms(20)
    micropython.schedule(lambda _: flag.set(), None)
    await asyncio.sleep_ms(50)
    print("waiter done", t.done())
    flag.set()
    await flag.wait()          # already set: returns at once and clears
    print("cleared flag wait ok")

    # errors
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print("TypeError", e)
    async def selfcancel():
        asyncio.current_task().cancel()
    try:
        await selfcancel()
    except RuntimeError as e:
        print("RuntimeError", e)

    # the stream writer over the console
    w = asyncio.StreamWriter(sys.stdout)
    w.write(b"streamed line\n")
    await w.drain()

loop = asyncio.get_event_loop()
loop.run_until_complete(main())
print(asyncio.get_event_loop() is loop, asyncio.new_event_loop() is not None)

# run_forever / stop
async def stopper():
    await asyncio.sleep_ms(30)
    print("stopping")
    loop.stop()
loop.create_task(stopper())
loop.run_forever()
print("after run_forever")

# the exception handler gets exceptions of tasks nobody awaited
def handler(lp, ctx):
    print("handler:", ctx["message"], type(ctx["exception"]).__name__)
loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)
async def orphan():
    raise ValueError("lost")
async def main2():
    asyncio.create_task(orphan())
    await asyncio.sleep_ms(10)
asyncio.run(main2())
loop.set_exception_handler(None)
loop.close()
print(asyncio.__version__ if hasattr(asyncio, "__version__") else "")
