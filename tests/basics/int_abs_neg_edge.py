# negation and abs at word-size edges
for n in (0, 1, -1, 2 ** 31, -(2 ** 31), 2 ** 62, -(2 ** 62), 2 ** 63, -(2 ** 63), 2 ** 64):
    print(n, -n, abs(n), abs(-n) == abs(n), -(-n) == n, ~n == -n - 1)
import sys
m = sys.maxsize
print(-m - 1 < -m, abs(-m - 1) == m + 1, (-m - 1) // -1 == m + 1)
print((-m - 1) * -1 == m + 1, (-m - 1) % m)
