# sort stability on many equal keys, and reverse stability
data = [(i % 5, i) for i in range(100)]
s = sorted(data, key=lambda t: t[0])
print(all(s[i][1] < s[i + 1][1] for i in range(99) if s[i][0] == s[i + 1][0]))
r = sorted(data, key=lambda t: t[0], reverse=True)
print(r[:5], all(r[i][1] < r[i + 1][1] for i in range(99) if r[i][0] == r[i + 1][0]))
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
nums = [(-1) ** i * i for i in range(20)]
print(sorted(nums, key=abs), sorted(nums, key=lambda x: x % 3))
l = list(range(10))
l.sort(key=lambda x: -x)
print(l)
