# uncaught exception with an explicit cause (raise ... from ...)
def load(name):
    try:
        raise KeyError(name)
    except KeyError as e:
        raise LookupError("cannot load " + name) from e

load("cfg")
