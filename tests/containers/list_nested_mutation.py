# mutation through aliases in nested structures
matrix = [[0] * 3 for _ in range(3)]
for i in range(3):
    matrix[i][i] = 1
print(matrix)
alias = matrix[1]
alias[0] = 9
print(matrix[1], matrix)
d = {"list": [], "dict": {}}
d["list"].append(d["dict"])
d["dict"]["k"] = "v"
print(d)
copy = [row[:] for row in matrix]
copy[0][0] = 5
print(matrix[0][0], copy[0][0])
stack = [[1, [2, [3]]]]
flat = []
while stack:
    item = stack.pop()
    if isinstance(item, list):
        stack.extend(reversed(item))
    else:
        flat.append(item)
print(flat)
