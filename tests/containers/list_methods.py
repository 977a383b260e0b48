# list methods
l = [3, 1, 2]
l.append(4); print(l)
l.extend([5, 6]); print(l)
l.extend("ab"); print(l)
l.insert(0, "first"); l.insert(100, "last"); l.insert(-1, "pen"); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove("a"); print(l)
print(l.index(2), l.count(1), l.count(99))
l2 = l.copy(); l2.append("x"); print(len(l), len(l2))
l.reverse(); print(l)
l.clear(); print(l)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError", e)
try:
    [1].index(2)
except ValueError as e:
    print("ValueError", e)
print([1, 2, 3, 2].index(2, 2), [0] * 3 + [1])
