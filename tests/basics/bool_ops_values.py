# and/or return operands, not bools
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or [], [] or None)
print("" or "default", "set" or "default", [] and "x", [0] and "x")
x = None
print(x or "fallback", x is None and "none", x is not None and "not none")
def side(v, log):
    log.append(v)
    return v
log = []
r = side(0, log) or side(1, log) or side(2, log)
print(r, log)
log = []
r = side(1, log) and side(0, log) and side(2, log)
print(r, log)
print(not None, not 0.0, not "0", type(not 1).__name__)
print(True and 5, False or 0.0, (1, 2) and [3])
