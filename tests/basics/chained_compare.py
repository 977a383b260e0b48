# chained comparisons evaluate each operand once
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls)
calls.clear()
print(v(1) == v(1) != v(2) < v(5) >= v(5) > v(4))
print(calls)
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5, x == 5 == 5.0)
print(1 < 2 < 3 < 4 < 3)
print("a" < "b" < "c", [1] < [2] < [3])
print(None is None is None)
l = [1, 2]
print(1 in l in [[1, 2]], 3 not in l)
