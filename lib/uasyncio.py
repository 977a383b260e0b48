"""uasyncio: MicroPython's old name of asyncio; importing it gives the asyncio package itself."""
import sys
import asyncio

sys.modules["uasyncio"] = asyncio
