# helper for module_getattr.py: a package whose names load lazily through __getattr__
from .base import BASE

_where = {"Late": "late", "late_fn": "late"}
calls = []


def __getattr__(name):
    calls.append(name)
    sub = _where.get(name)
    if sub is None:
        raise AttributeError("no %s here" % name)
    value = getattr(__import__(sub, globals(), None, [name], 1), name)
    globals()[name] = value
    return value
