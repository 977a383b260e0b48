# Task.cancel(): while sleeping, before starting, finished tasks, finally blocks, self-cancel
import asyncio

async def sleeper(name, d):
    try:
        print(name, "start")
        await asyncio.sleep(d)
        print(name, "woke")
    except asyncio.CancelledError:
        print(name, "got CancelledError")
        raise
    finally:
        print(name, "finally")

async def main():
    t = asyncio.create_task(sleeper("s1", 1))
    await asyncio.sleep(0.05)
    print("cancel", t.cancel(), t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting cancelled task raised CancelledError")
    print("done", t.done(), t.cancelled())
    print("cancel again", t.cancel())

    t = asyncio.create_task(sleeper("never", 1))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start")

    t = asyncio.create_task(sleeper("quick", 0.01))
    await asyncio.sleep(0.1)
    print("finished task cancel ->", t.cancel())

    async def catcher():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("caught and returning")
            return "recovered"
    t = asyncio.create_task(catcher())
    await asyncio.sleep(0.02)
    t.cancel()
    print(await t)

    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))

asyncio.run(main())
