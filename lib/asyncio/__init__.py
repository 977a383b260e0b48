"""asyncio: cooperative multitasking with MicroPython's asyncio API (CPython-compatible
where MicroPython is).  Krait's own implementation, frozen into the firmware.

The core (tasks, the loop, sleeps) is loaded with the package; the other parts are
loaded the first time one of their names is used, as in MicroPython (a program that only
sleeps never loads the stream code)."""
from .core import (CancelledError, TimeoutError, Task, Loop, create_task, current_task,
                   sleep, sleep_ms, run, get_event_loop, new_event_loop)

__version__ = (3, 0, 0)

# name -> the submodule that defines it
_lazy = {
    "wait_for": "funcs",
    "wait_for_ms": "funcs",
    "gather": "funcs",
    "Event": "event",
    "ThreadSafeFlag": "event",
    "Lock": "lock",
    "Stream": "stream",
    "StreamReader": "stream",
    "StreamWriter": "stream",
    "Server": "stream",
    "open_connection": "stream",
    "start_server": "stream",
}


def __getattr__(name):
    sub = _lazy.get(name)
    if sub is None:
        raise AttributeError(name)
    value = getattr(__import__(sub, globals(), None, [name], 1), name)
    globals()[name] = value          # found directly from now on
    return value
