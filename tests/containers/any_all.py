# any and all, with short-circuiting
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any("a"), all(""))
calls = []
def check(x):
    calls.append(x)
    return x > 2
print(any(check(x) for x in [1, 3, 5]), calls)
calls.clear()
print(all(check(x) for x in [3, 1, 5]), calls)
print(all(x < 10 for x in range(10)), any(x > 10 for x in range(10)))
print(any([None, "", []]), all([1, "a", [0]]))
