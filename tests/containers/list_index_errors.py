# common index and type errors on containers
l = [1, 2, 3]
for bad in (3, -4, 100):
    try:
        l[bad]
    except IndexError as e:
        print("IndexError", e)
try:
    l[3] = 0
except IndexError as e:
    print("IndexError", e)
try:
    l["0"]
except TypeError as e:
    print("TypeError", e)
try:
    (1, 2)[5]
except IndexError as e:
    print("IndexError", e)
try:
    "ab"[9]
except IndexError as e:
    print("IndexError", e)
try:
    {"a": 1}["b"]
except KeyError as e:
    print("KeyError", e)
try:
    n = None
    n[0]
except TypeError as e:
    print("TypeError", e)
try:
    five = 5
    five[0]
except TypeError as e:
    print("TypeError", e)
try:
    len(None)
except TypeError as e:
    print("TypeError", e)
try:
    for x in 5:
        pass
except TypeError as e:
    print("TypeError", e)
try:
    {}.get()
except TypeError as e:
    print("TypeError", e)
