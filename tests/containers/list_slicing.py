# list slicing incl. negative steps
l = list(range(10))
print(l[2:5], l[:3], l[7:], l[-3:], l[:-7], l[::3], l[::-1], l[::-3], l[8:2:-2])
print(l[5:2], l[100:], l[-100:2], l[1:9:4], l[-1:-5:-1], l[5::-2])
print(l[slice(1, 4)], l[slice(None, None, -4)])
c = l[:]
c[0] = 99
print(l[0], c[0])
try:
    l[::0]
except ValueError as e:
    print("ValueError", e)
try:
    l[10]
except IndexError as e:
    print("IndexError", e)
try:
    l[-11]
except IndexError as e:
    print("IndexError", e)
try:
    l[1.0]
except TypeError as e:
    print("TypeError", e)
print(l[True], l[-True])
