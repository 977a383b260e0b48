"""asyncio.funcs: wait_for, wait_for_ms and gather, scheduled as MicroPython's are (the
order in which tasks see cancellations and results matches it)."""
from . import core


def _promote(aw):
    """A Task for any awaitable (coroutines are wrapped directly)."""
    if isinstance(aw, core.Task):
        return aw
    if not hasattr(aw, "send"):
        aw = _await(aw)
    return core.create_task(aw)


async def _await(aw):
    return await aw


class _WaitState:
    """What a wait_for's runner task found: status None (aw still running), True
    (aw returned result) or the exception aw raised."""

    def __init__(self):
        self.sleeping = True
        self.status = None
        self.result = None
        self.cancel = None       # the CancelledError the runner woke the waiter with


async def _runner(waiter, aw, st):
    """Await aw for a wait_for in `waiter`; when aw ends while the waiter still sleeps,
    wake the waiter by cancelling its sleep, with the outcome in st."""
    try:
        st.result = await aw
        status = True
    except BaseException as er:
        status = er
    if st.sleeping and waiter._throw is None and not waiter._done:
        st.status = status
        waiter.cancel()
        st.cancel = waiter._throw


async def _wait_for(aw, timeout, sleep):
    aw = _promote(aw)
    if timeout is None:
        return await aw
    st = _WaitState()
    runner = core.create_task(_runner(core._cur, aw, st))
    try:
        await sleep(timeout)
    except core.CancelledError as er:
        st.sleeping = False
        if er is not st.cancel:
            # this wait_for was cancelled from outside: cancel aw (through its runner)
            runner.cancel()
            raise
        if st.status is True:
            return st.result
        raise st.status
    # the time ran out before aw finished: cancel it, wait for that, then time out
    st.sleeping = False
    runner.cancel()
    await runner
    raise core.TimeoutError


def wait_for(aw, timeout):
    """Await aw; after timeout seconds cancel it and raise TimeoutError (None = no limit)."""
    return _wait_for(aw, timeout, core.sleep)


def wait_for_ms(aw, timeout):
    """wait_for with the timeout in milliseconds."""
    return _wait_for(aw, timeout, core.sleep_ms)


async def gather(*aws, return_exceptions=False):
    """Run the awaitables concurrently; their results in order.  The first exception
    propagates (the others keep running) unless return_exceptions, which puts exceptions
    in the list instead.  Cancelling the gather cancels the tasks still running."""
    if not aws:
        return []
    ts = [_promote(a) for a in aws]
    for t in ts:
        if t._done or t._waiters or t._on_done is not None:
            raise RuntimeError("can't gather")     # finished, awaited or gathered already
    me = core._cur
    left = [len(ts), None]          # tasks running, the exception to raise

    def done(t, exc):
        if me._wait is None:
            return                  # the gather is already woken (error or cancel)
        if exc is not None and not return_exceptions:
            left[1] = exc
        else:
            left[0] -= 1
            if left[0]:
                return
        core._wake(me)

    for t in ts:
        t._on_done = done
    cancel_all = False
    core._park(me)
    try:
        await core._YIELD
    except core.CancelledError as er:
        cancel_all = True
        left[1] = er
    res = []
    for t in ts:
        if not t._done:
            t._on_done = None       # still running: detach it, and cancel it if cancelled
            if cancel_all:
                t.cancel()
            res.append(None)
        else:
            res.append(t._exc if t._exc is not None else t._result)
    if left[1] is not None:
        raise left[1]
    return res
