# sort with key, reverse, and stability
l = [5, 2, 8, 1, 9, 3]
l.sort(); print(l)
l.sort(reverse=True); print(l)
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 2)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted([3, 1, 2], reverse=False), sorted([]), sorted([1]))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError", e)
big = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(big)
print(s[:5], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
recs = [(i % 3, i) for i in range(12)]
print([r[1] for r in sorted(recs, key=lambda r: r[0])])
l = [3, 1, 2]
print(l.sort(), l)
