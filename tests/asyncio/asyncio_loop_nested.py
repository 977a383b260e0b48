# krait-exp: hand-written (MicroPython lets a task run loop.run_until_complete nested; CPython refuses)
# a task runs the loop nested with run_until_complete, then stops the outer run_forever
import asyncio

async def task(name):
    for i in range(3):
        print("task", name, i)
        await asyncio.sleep(0)
        await asyncio.sleep(0)
    return name * 2

async def main():
    print("start")
    print(loop.run_until_complete(task("a")))
    print("stop")
    loop.stop()

loop = asyncio.new_event_loop()
loop.create_task(main())
loop.run_forever()
print("between")
loop = asyncio.new_event_loop()
loop.create_task(main())
loop.run_forever()
print("end")
