# exception propagating through many frames
def level(n):
    if n == 0:
        raise ValueError("bottom")
    try:
        return level(n - 1)
    finally:
        trail.append(n)
trail = []
try:
    level(10)
except ValueError as e:
    print(e, trail)
def catcher(n):
    try:
        return thrower(n)
    except KeyError as e:
        return "caught at catcher: " + str(e)
def thrower(n):
    if n:
        return thrower(n - 1)
    raise KeyError("deep")
print(catcher(50))
