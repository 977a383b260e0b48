# s[i] and s[i:j] on long non-ASCII strings in every access order (forward, backward,
# strided, jumping, alternating between strings) agree with the list of characters
chars = "aé€😀b\u0300ñ中ß𝄞"
s = "".join(chars[(i * 7 + i // 3) % len(chars)] for i in range(3000))
t = "x" * 100 + "ü" + "y" * 200 + "😀" * 50
ls, lt = list(s), list(t)
n = len(s)
print(n, len(t), len(s.encode()), len(t.encode()))
bad = 0
for i in range(n):
    bad += s[i] != ls[i]
for i in range(n - 1, -1, -1):
    bad += s[i] != ls[i]
for i in range(0, n, 7):
    bad += s[i] != ls[i] or t[i % len(t)] != lt[i % len(t)]
for i in range(-1, -n, -13):
    bad += s[i] != ls[i]
x = 1
for k in range(2000):
    x = (x * 1103515245 + 12345) % 2147483648
    i = x % n
    bad += s[i] != ls[i]
    j = min(n, i + x % 50)
    bad += s[i:j] != "".join(ls[i:j])
    bad += s[-i - 1] != ls[-i - 1]
for i in range(0, n - 5, 3):
    bad += s[i:i + 5] != "".join(ls[i:i + 5])
print("mismatches", bad)
print(s[0], s[1], s[2], s[n - 1], s[n // 2], s[1234:1240], s[-7:-2], t[100], t[301], t[-1])
try:
    s[n]
except IndexError as e:
    print("IndexError", e)
u = s + "end"
print(u[n], u[n + 2], u[n - 1] == s[n - 1], s[n - 1])
