# asyncio Loop: run_until_complete (coroutine or task), run_forever/stop twice, exceptions out
# of run_until_complete, close, new_event_loop
import asyncio
async def task(id, t):
    print("task", id, "start")
    await asyncio.sleep(t)
    print("task", id, "end")
    return id
async def stopper(loop, t):
    await asyncio.sleep(t)
    print("stop")
    loop.stop()
loop = asyncio.get_event_loop()
print(loop.run_until_complete(task(1, 0.01)))
t2 = loop.create_task(task(2, 0.05))
loop.create_task(stopper(loop, 0.1))
loop.run_forever()
print("after run_forever", t2.done())
t3 = loop.create_task(task(3, 0.2))
loop.create_task(stopper(loop, 0.05))
loop.run_forever()
print("stopped early", t3.done())
print(loop.run_until_complete(t3))
print(t3.done())
async def boom():
    await asyncio.sleep(0)
    raise OSError(5, "x")
try:
    loop.run_until_complete(boom())
except OSError as e:
    print("OSError", e.args)
print(asyncio.run(task(4, 0)))
loop.close()
loop2 = asyncio.new_event_loop()
print(loop2.run_until_complete(task(5, 0)))
async def cur():
    return asyncio.current_task()
t = loop2.create_task(cur())
print(loop2.run_until_complete(t) is t)
