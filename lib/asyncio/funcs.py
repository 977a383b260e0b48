"""asyncio.funcs: wait_for, wait_for_ms and gather."""
from . import core


async def _await(aw):
    return await aw


def _task(aw):
    """A Task for any awaitable (coroutines are wrapped directly)."""
    if isinstance(aw, core.Task):
        return aw
    if not hasattr(aw, "send"):
        aw = _await(aw)
    return core.create_task(aw)


async def _wait_done(t, ms):
    """Wait until task t is done or ms milliseconds passed (None = no limit);
    True if it finished."""
    if not t._done:
        me = core._cur
        core._park(me, (t._waiters,), ms)
        await core._YIELD
        if me._timed_out:
            return False
    return True


async def wait_for(aw, timeout):
    """Await aw; after timeout seconds cancel it and raise TimeoutError (None = no limit)."""
    if timeout is None:
        return await aw
    return await wait_for_ms(aw, int(timeout * 1000))


async def wait_for_ms(aw, timeout):
    t = _task(aw)
    if timeout is None:
        return await t
    try:
        finished = await _wait_done(t, timeout if timeout > 0 else 0)
    except core.CancelledError:
        t.cancel()               # cancelling wait_for cancels what it waits for ...
        try:
            await _wait_done(t, None)    # ... and waits for it to end
        except core.CancelledError:
            pass
        raise
    if not finished:
        t.cancel()
        await _wait_done(t, None)
        t._retrieved = True
        raise core.TimeoutError()
    t._retrieved = True
    if t._exc is not None:
        raise t._exc
    return t._result


async def gather(*aws, return_exceptions=False):
    """Run the awaitables concurrently; their results in order.  The first exception
    propagates unless return_exceptions, which puts exceptions in the list instead."""
    tasks = []
    for a in aws:
        if isinstance(a, core.Task):
            if a._claimed:
                raise RuntimeError("can't gather")
        else:
            a = _task(a)
        a._claimed = True
        tasks.append(a)
    me = core._cur
    try:
        while True:
            pending = []
            for t in tasks:
                if not t._done:
                    pending.append(t._waiters)
                elif t._exc is not None and not return_exceptions:
                    t._retrieved = True
                    raise t._exc
            if not pending:
                break
            core._park(me, pending)
            await core._YIELD
    except core.CancelledError:
        for t in tasks:
            if not t._done:
                t.cancel()
        raise
    res = []
    for t in tasks:
        t._retrieved = True
        res.append(t._exc if t._exc is not None else t._result)
    return res
