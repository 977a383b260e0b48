"""asyncio: cooperative multitasking with MicroPython's asyncio API (CPython-compatible
where MicroPython is).  Krait's own implementation, frozen into the firmware."""
from .core import (CancelledError, TimeoutError, Task, Loop, create_task, current_task,
                   sleep, sleep_ms, run, get_event_loop, new_event_loop)
from .funcs import wait_for, wait_for_ms, gather
from .event import Event, ThreadSafeFlag
from .lock import Lock
from .stream import Stream, StreamReader, StreamWriter, Server, open_connection, start_server

__version__ = (3, 0, 0)
