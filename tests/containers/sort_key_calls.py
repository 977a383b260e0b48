# The sort key is called once per item, also for a single item.
calls = []


def k(x):
    calls.append(x)
    return -x


print(sorted([5], key=k), calls)
calls.clear()
l = [7]
l.sort(key=k)
print(l, calls)
calls.clear()
print(sorted([], key=k), calls)
print(sorted([3, 1, 2], key=k), sorted(calls))
calls.clear()
try:
    sorted([1], key=1)
except TypeError:
    print('TypeError')
try:
    [1].sort(key=len)
except TypeError:
    print('TypeError')
