# uncaught exception raised while handling another: both tracebacks
def parse(s):
    try:
        int(s)
        return s
    except ValueError:
        raise RuntimeError("cannot parse")

parse("abc")
