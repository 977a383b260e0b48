"""asyncio.core: tasks and the event loop (Krait's own implementation of MicroPython's asyncio).

A task is parked by the awaitable it waits on (registered in that object's waiter
lists and/or the sleep queue) and then yields None to the loop; whoever wakes it
puts it back on the run queue.  Time is a monotonic millisecond count built from
time.ticks_ms/ticks_diff, so tick wrap-around never reorders sleepers.
"""
import time

try:
    import select as _select
except ImportError:
    _select = None


class CancelledError(BaseException):
    pass


try:
    TimeoutError = TimeoutError      # CPython 3.11+: asyncio.TimeoutError is the builtin
except NameError:
    class TimeoutError(Exception):
        pass


# ---------------------------------------------------------------- clock

_t_last = time.ticks_ms()
_t_now = 0


def _now():
    global _t_last, _t_now
    t = time.ticks_ms()
    _t_now += time.ticks_diff(t, _t_last)
    _t_last = t
    return _t_now


# ---------------------------------------------------------------- scheduler state

_runq = []          # tasks ready to run, in order
_sleepq = []        # sleeping tasks: a binary heap on (t.ph_key, t._sleep); t._hidx = index
_seq = 0
_cur = None         # the running task
_stop = False
_flags = []         # ThreadSafeFlags with a waiting task (polled by the loop)
_io = {}            # stream -> [reader task, writer task] (with select.poll)
_poller = None
_exc_handler = None


def _wake(t, timed_out=False):
    """Put a parked task back on the run queue (once); t._wait is None when not parked."""
    w = t._wait
    if w is None:
        return
    t._wait = None
    if t._sleep is not None:
        t._sleep = None
        if t._hidx >= 0:
            _hremove(t)
    t._awaiting = None
    t._timed_out = timed_out
    if w:
        for lst in w:
            if t in lst:
                lst.remove(t)
    _runq.append(t)


def _park(t, lists=(), ms=None):
    """Register t in waiter lists and/or the sleep queue; the caller then yields None."""
    global _seq
    t._wait = lists
    t._timed_out = False
    if lists:                    # (a for loop allocates its iterator: not for plain sleeps)
        for lst in lists:
            lst.append(t)
    if ms is not None:
        _seq += 1
        t._sleep = _seq
        t.ph_key = _now() + (ms if ms > 0 else 0)
        _hpush(t)


# The sleep queue works on the tasks themselves (no tuples), so that sleeping allocates
# nothing once the lists have grown: MicroPython programs sleep with the heap locked.

def _lt(a, b):
    return a.ph_key < b.ph_key or (a.ph_key == b.ph_key and a._sleep < b._sleep)


def _hup(i):
    q = _sleepq
    t = q[i]
    while i > 0:
        p = (i - 1) >> 1
        u = q[p]
        if not _lt(t, u):
            break
        q[i] = u
        u._hidx = i
        i = p
    q[i] = t
    t._hidx = i


def _hdown(i):
    q = _sleepq
    n = len(q)
    t = q[i]
    while True:
        c = 2 * i + 1
        if c >= n:
            break
        if c + 1 < n and _lt(q[c + 1], q[c]):
            c += 1
        u = q[c]
        if not _lt(u, t):
            break
        q[i] = u
        u._hidx = i
        i = c
    q[i] = t
    t._hidx = i


def _hpush(t):
    _sleepq.append(t)
    _hup(len(_sleepq) - 1)


def _hremove(t):
    i = t._hidx
    t._hidx = -1
    last = _sleepq.pop()
    if last is not t:
        _sleepq[i] = last
        last._hidx = i
        _hdown(i)
        _hup(last._hidx)


class _Yield:
    """await _YIELD: give the loop back once (the task has parked itself before)."""

    def __await__(self):
        yield None

    __iter__ = __await__


_YIELD = _Yield()


class _SleepMs:
    """What sleep_ms returns: an iterator awaited once.  Its first step parks the task
    and the next (when the task resumes) ends it; the task's _slept flag tells which."""

    def __init__(self, ms):
        self.ms = ms

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        global _sleep_free
        t = _cur
        if t._slept:
            t._slept = False
            _STOP.__traceback__ = None
            raise _STOP
        t._slept = True
        if self is _SLEEP:
            _sleep_free = True
        ms = self.ms
        if ms <= 0:
            _runq.append(t)          # like sleep(0): to the back of the ready tasks
        else:
            _park(t, (), ms)
        return None


# One sleep object is reused while nobody holds it unawaited (as in MicroPython, a sleep
# then allocates nothing); a sleep made while it is held gets an object of its own.
_SLEEP = _SleepMs(0)
_STOP = StopIteration()
_sleep_free = True


def sleep_ms(ms):
    """Sleep for ms milliseconds (negative = 0); awaitable."""
    global _sleep_free
    if _sleep_free:
        _sleep_free = False
        _SLEEP.ms = int(ms)
        return _SLEEP
    return _SleepMs(int(ms))


def sleep(s):
    """Sleep for s seconds (float ok); awaitable."""
    return sleep_ms(int(s * 1000))


# ---------------------------------------------------------------- tasks

class Task:
    """A coroutine scheduled by the loop.  Awaiting a task gives its result or raises its
    exception; cancel() throws CancelledError into it at its next resume."""

    def __init__(self, coro, globals=None):
        self.coro = coro
        self.data = None
        self.state = True
        self.ph_key = 0
        self._done = False
        self._result = None
        self._exc = None
        self._throw = None
        self._waiters = []
        self._wait = None
        self._sleep = None
        self._timed_out = False
        self._retrieved = False
        self._awaiting = None        # the task this one is parked on (cancel goes there)
        self._hidx = -1              # index in the sleep queue
        self._slept = False          # parked by a sleep: its next step ends the sleep
        self._on_done = None         # callback(task, exc) instead of waiters (gather)

    def done(self):
        return self._done

    def cancel(self):
        if self._done:
            return False
        if self is _cur:
            raise RuntimeError("can't cancel self")
        # a task waiting on another task passes the cancel on to that one, as
        # MicroPython and CPython do: the waiter sees it as that task's CancelledError
        while self._awaiting is not None and not self._awaiting._done:
            self = self._awaiting
        self._throw = CancelledError()
        _wake(self)
        return True

    def cancelled(self):
        return self._done and isinstance(self._exc, CancelledError)

    def result(self):
        if not self._done:
            raise RuntimeError("Result is not set.")
        self._retrieved = True
        if self._exc is not None:
            raise self._exc
        return self._result

    def exception(self):
        if not self._done:
            raise RuntimeError("Exception is not set.")
        self._retrieved = True
        if isinstance(self._exc, CancelledError):
            raise self._exc
        return self._exc

    def get_coro(self):
        return self.coro

    def __await__(self):
        if not self._done:
            if self is _cur or self._on_done is not None:
                raise RuntimeError("can't wait")      # itself, or gathered
            me = _cur
            _park(me, (self._waiters,))
            me._awaiting = self
            yield None
        self._retrieved = True
        if self._exc is not None:
            raise self._exc
        return self._result

    __iter__ = __await__

    def __repr__(self):
        return "<Task>"


def _finish(t, result, exc):
    t._done = True
    t.state = False
    t._result = result
    t._exc = exc
    t.data = exc if exc is not None else result
    cb = t._on_done
    if cb is not None:
        t._on_done = None
        t._retrieved = True
        cb(t, exc)
        return
    waiters = t._waiters
    t._waiters = []
    for w in waiters[:]:
        _wake(w)
    if exc is not None and not waiters and not isinstance(exc, CancelledError) and t is not _main:
        # nobody waits for it: it goes round the run queue once more and, unless it
        # was awaited meanwhile, its exception goes to the loop's handler (MicroPython)
        _runq.append(t)


_main = None


def _report(t):
    """A finished task came round the run queue: report its exception if nobody took it."""
    if not t._retrieved:
        t._retrieved = True
        ctx = _exc_context           # one dict, reused: reporting allocates nothing itself
        ctx["exception"] = t._exc
        ctx["future"] = t
        Loop.call_exception_handler(ctx)
        ctx["exception"] = None
        ctx["future"] = None


_exc_context = {"message": "Task exception wasn't retrieved", "exception": None, "future": None}


def _step(t):
    global _cur
    exc = t._throw
    if exc is not None:
        t._throw = None
        t._slept = False         # a sleep ended by a cancel does not end the next one
    prev = _cur              # not None when a task runs a nested run_until_complete
    _cur = t
    try:
        if exc is not None:
            r = t.coro.throw(exc)
        else:
            r = t.coro.send(None)
        if r is not None and t._wait is None:
            _runq.append(t)      # a foreign awaitable yielded a value: run again soon
    except StopIteration as e:
        _cur = prev
        _finish(t, e.value, None)
    except BaseException as e:
        _cur = prev
        _finish(t, None, e)
        if isinstance(e, (KeyboardInterrupt, SystemExit)):
            raise
    _cur = prev


def create_task(coro):
    """Schedule coro to run; returns its Task."""
    if not hasattr(coro, "send"):
        raise TypeError("coroutine expected")
    t = Task(coro)
    _runq.append(t)
    return t


def current_task():
    if _cur is None:
        raise RuntimeError("no running event loop")
    return _cur


# ---------------------------------------------------------------- waiting for I/O and time

def _io_wait(s, idx):
    """Park the current task until stream s is readable (idx 0) or writable (idx 1)."""
    global _poller
    t = _cur
    if _select is None:
        _park(t, (), 1)          # no select: poll again after a millisecond
        return
    if _poller is None:
        _poller = _select.poll()
    ent = _io.get(s)
    if ent is None:
        try:
            _poller.register(s, 0)
        except Exception:
            _park(t, (), 1)      # not pollable: try again after a millisecond
            return
        ent = _io[s] = [[], []]
    _park(t, (ent[idx],))
    _io_update(s)


def _io_update(s):
    ent = _io[s]
    mask = (1 if ent[0] else 0) | (4 if ent[1] else 0)
    if mask:
        _poller.register(s, mask)
    else:
        _poller.unregister(s)
        del _io[s]


def _wait_events(ms):
    """Idle until ms milliseconds passed (-1 = no timer), an I/O stream is ready or a
    ThreadSafeFlag is set."""
    if _flags:
        if ms < 0 or ms > 10:
            ms = 10              # poll the flags every 10 ms
    if _io and _poller is not None:
        for s, ev in _poller.poll(ms):
            ent = _io.get(s)
            if ent is None:
                continue
            if ev & ~4 and ent[0]:
                _wake(ent[0][0])
            if ev & ~1 and ent[1]:
                _wake(ent[1][0])
            if s in _io:
                _io_update(s)
        return
    if ms > 0:
        time.sleep_ms(ms)
    elif ms < 0:
        time.sleep_ms(10)


def _poll_flags():
    for f in _flags[:]:
        if not f._waiters:
            _flags.remove(f)         # its waiter was cancelled
        elif f._flag:
            _flags.remove(f)
            _wake(f._waiters[0])


def _io_cleanup():
    for s in list(_io):
        _io_update(s)                # drops streams whose waiters were cancelled


def _run(until=None):
    """The loop: run until the task `until` is done, or until stop() (until None)."""
    global _stop
    _stop = False
    while True:
        if until is not None and until._done:
            return
        if _stop:
            _stop = False
            return
        if _flags:
            _poll_flags()
        now = _now()
        while _sleepq and _sleepq[0].ph_key <= now:
            _wake(_sleepq[0], True)
        if _runq:
            n = len(_runq)
            while n:
                n -= 1
                t = _runq.pop(0)
                if t._done:
                    _report(t)
                else:
                    _step(t)
                if _stop or (until is not None and until._done):
                    break
            continue
        # nothing ready: wait for the earliest sleeper, I/O or a flag
        if _flags:
            _poll_flags()
            if _runq:
                continue
        if _io:
            _io_cleanup()
        if _sleepq:
            _wait_events(max(0, _sleepq[0].ph_key - _now()))
        elif _io or _flags:
            _wait_events(-1)
        elif until is not None:
            # the awaited task waits on something that can never happen
            return
        else:
            return


# ---------------------------------------------------------------- loop

class Loop:
    """The event loop (one per program; its methods are static as in MicroPython)."""
    _exc_handler = None

    @staticmethod
    def create_task(coro):
        return create_task(coro)

    @staticmethod
    def run_forever():
        _run(None)

    @staticmethod
    def run_until_complete(aw):
        global _main
        # a task may call this too (as in MicroPython): the loop then runs nested
        t = aw if isinstance(aw, Task) else create_task(aw)
        prev = _main
        _main = t
        try:
            _run(t)
        finally:
            _main = prev
        if not t._done:
            raise RuntimeError("event loop stopped before the task completed")
        t._retrieved = True
        if t._exc is not None:
            raise t._exc
        return t._result

    @staticmethod
    def stop():
        global _stop
        _stop = True

    @staticmethod
    def close():
        pass

    @staticmethod
    def set_exception_handler(handler):
        Loop._exc_handler = handler

    @staticmethod
    def get_exception_handler():
        return Loop._exc_handler

    @staticmethod
    def default_exception_handler(loop, context):
        import sys
        print(context["message"], file=sys.stderr)
        print("future:", context["future"], "coro=", context["future"].coro, file=sys.stderr)
        sys.print_exception(context["exception"], sys.stderr)

    @staticmethod
    def call_exception_handler(context):
        (Loop._exc_handler or Loop.default_exception_handler)(Loop, context)


def get_event_loop(runq_len=0, waitq_len=0):
    return Loop


def new_event_loop():
    global _runq, _sleepq, _io, _flags, _poller, _cur, _sleep_free
    _sleep_free = True
    _runq = []
    _sleepq = []
    _io = {}
    _flags = []
    _poller = None
    _cur = None
    return Loop


def run(coro):
    """Run coro to completion as the main task; returns its value (its exception propagates)."""
    return Loop.run_until_complete(create_task(coro))
