# krait-exp: hand-written (uasyncio is MicroPython's old name of asyncio; CPython prints SKIP)
# uasyncio is the asyncio package itself; asyncio loads its parts on first use
try:
    import uasyncio
except ImportError:
    print("SKIP")
    raise SystemExit
import asyncio

print(uasyncio is asyncio)
x = set(dir(uasyncio))
y = set(dir(asyncio)) - set(["event", "lock", "stream"])
print(x - y)
print(y - x)
print("funcs" in dir(asyncio), "stream" in dir(asyncio))
print(asyncio.gather.__name__, asyncio.Event.__name__, asyncio.StreamReader is asyncio.StreamWriter)
print("funcs" in dir(asyncio), "stream" in dir(asyncio))
try:
    asyncio.no_such_name
except AttributeError:
    print("AttributeError")
from uasyncio import Lock, ThreadSafeFlag, wait_for_ms
print(Lock.__name__, ThreadSafeFlag.__name__, wait_for_ms.__name__)
print(asyncio.__version__)


async def main():
    ev = uasyncio.Event()
    uasyncio.create_task(setter(ev))
    print(await ev.wait())


async def setter(ev):
    await uasyncio.sleep_ms(10)
    ev.set()

uasyncio.run(main())
