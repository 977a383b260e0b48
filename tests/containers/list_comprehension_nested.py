# matrices via nested comprehension
n = 4
m = [[i * n + j for j in range(n)] for i in range(n)]
print(m)
t = [[row[i] for row in m] for i in range(n)]
print(t)
print([m[i][i] for i in range(n)], sum(m[i][n - 1 - i] for i in range(n)))
def matmul(a, b):
    return [[sum(x * y for x, y in zip(r, c)) for c in zip(*b)] for r in a]
print(matmul(m, t))
flat = [x for row in m for x in row if x % 3 == 0]
print(flat)
ident = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(ident, matmul(ident, [[1, 2, 3], [4, 5, 6], [7, 8, 9]]))
