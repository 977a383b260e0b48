# nested and conditional comprehensions
words = ["apple", "banana", "cherry", "date", "elderberry", "fig"]
print({w[0]: len(w) for w in words if len(w) > 3})
print([w.upper() if len(w) < 5 else w[:3] for w in words])
print([(i, j) for i in range(4) for j in range(i, 4) if (i + j) % 2 == 0])
print([[c for c in w if c in "aeiou"] for w in words[:3]])
print(sum(len(w) for w in words), max((len(w), w) for w in words))
grid = [[(r * 3 + c) % 5 for c in range(3)] for r in range(3)]
print(grid, [v for row in grid for v in row if v])
print({(r, c): grid[r][c] for r in range(3) for c in range(3) if grid[r][c] > 2})
print(sorted({x % 4 for x in range(100) if x % 3 == 0}))
pairs = list(zip(words, range(100)))
print(dict(pairs)["fig"], [p[0] for p in pairs if p[1] % 2][::-1])
