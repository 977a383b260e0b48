"""asyncio.lock: Lock with FIFO hand-off between waiting tasks."""
from . import core


class Lock:
    def __init__(self):
        self._locked = False
        self._waiters = []
        self._handed = None      # the waiter the lock was handed to, until it runs

    def locked(self):
        return self._locked

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        if self._waiters:
            t = self._waiters[0]
            self._handed = t     # stays locked: ownership passes to the first waiter
            core._wake(t)
        else:
            self._locked = False

    async def acquire(self):
        if self._locked:
            me = core._cur
            core._park(me, (self._waiters,))
            try:
                await core._YIELD
            except BaseException:
                if self._handed is me:       # cancelled after the hand-off: pass it on
                    self._handed = None
                    self.release()
                raise
            self._handed = None
        self._locked = True
        return True

    async def __aenter__(self):
        return await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()
