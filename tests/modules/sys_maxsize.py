# sys.maxsize is a large positive int; arithmetic beyond it is exact
import sys
m = sys.maxsize
print(type(m).__name__, m >= 2 ** 31 - 1, m > 0)
print(m + 1 > m, (m + 1) - 1 == m, (m * 2) // 2 == m, -m - 1 < -m)
print(m == 2 ** 31 - 1 or m == 2 ** 63 - 1)
print((m + 1) & m, ((m + 1) >> 1) <= m)
print(len(range(m)) == m)
