# common AttributeError/TypeError from None results
def find(items, x):
    for i in items:
        if i == x:
            return i
r = find([1, 2], 5)
try:
    r.upper()
except AttributeError as e:
    print("AttributeError", e)
try:
    r + 1
except TypeError as e:
    print("TypeError", e)
try:
    r[0]
except TypeError as e:
    print("TypeError", e)
try:
    len(r)
except TypeError as e:
    print("TypeError", e)
try:
    for x in r:
        pass
except TypeError as e:
    print("TypeError", e)
l = [3, 1, 2].sort()
try:
    l.append(4)
except AttributeError as e:
    print("AttributeError", e)
