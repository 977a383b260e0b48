"""asyncio.event: Event (set by tasks) and ThreadSafeFlag (set from interrupts and scheduled callbacks)."""
from . import core


class Event:
    def __init__(self):
        self._flag = False
        self._waiters = []

    def is_set(self):
        return self._flag

    def set(self):
        self._flag = True
        for t in self._waiters[:]:
            core._wake(t)

    def clear(self):
        self._flag = False

    async def wait(self):
        if not self._flag:
            core._park(core._cur, (self._waiters,))
            await core._YIELD
        return True


class ThreadSafeFlag:
    """A flag one task waits on; set() only stores a bit, so it is safe from interrupt
    handlers and micropython.schedule callbacks. wait() clears the flag."""

    def __init__(self):
        self._flag = False
        self._waiters = []

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    async def wait(self):
        if not self._flag:
            if self._waiters:
                raise RuntimeError("ThreadSafeFlag has a waiter already")
            core._park(core._cur, (self._waiters,))
            if self not in core._flags:
                core._flags.append(self)
            await core._YIELD
        self._flag = False
