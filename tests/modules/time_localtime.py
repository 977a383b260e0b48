# time.localtime / mktime: inverse of each other; fields in range
import time

for t in (0, 86399, 951782400, 1700000000, 1690000000):
    lt = time.localtime(t)
    print(len(lt) >= 8, time.mktime(lt) == t, 1 <= lt[1] <= 12, 0 <= lt[6] <= 6, 1 <= lt[7] <= 366)
now = time.localtime()
print(abs(time.mktime(now) - time.time()) < 5)   # (boards have no RTC: their year starts at 2000)
g = time.gmtime(1700000000)
print(tuple(g)[:8])
