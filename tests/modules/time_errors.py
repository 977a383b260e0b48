# time: bad timestamps and time tuples raise (never crash or wrap silently)
import time

for a in [float("nan"), 1e300, float("inf"), -1e300, 2**70]:
    try:
        time.gmtime(a)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for a in [float("nan"), 1e300, 2**70]:
    try:
        time.localtime(a)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__)
for tt in [(2000, 1), (2000, 1, 1, 0, 0, 0), (2000, 1, 1, 0, 0, 0, 0, 0, 0, 0), 5, None]:
    try:
        time.mktime(tt)
    except TypeError:
        print("TypeError")
for tt in [(10**20, 1, 1, 0, 0, 0, 0, 0, 0), (2000, 1, 1, 0, 0, 2**80, 0, 0, 0)]:
    try:
        time.mktime(tt)
    except OverflowError:
        print("OverflowError")
try:
    time.mktime((2000, 1, 1, 0, 0, "x", 0, 0, 0))
except TypeError as e:
    print("TypeError", e)
print(time.gmtime(1.99)[:6], time.gmtime(-0.5)[:6])
