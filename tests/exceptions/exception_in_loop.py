# exceptions inside loops and functions unwind correctly
results = []
for x in [1, 0, 2, "a", 4]:
    try:
        results.append(10 // x)
    except ZeroDivisionError:
        results.append("div0")
    except TypeError:
        results.append("type")
print(results)
def find(seq, target):
    for i, v in enumerate(seq):
        try:
            if v == target:
                raise StopIteration(i)
        except StopIteration as s:
            return s.value
    return -1
print(find("abc", "c"), find("abc", "z"))
total = 0
i = 0
while True:
    try:
        total += [1, 2, 3][i]
        i += 1
    except IndexError:
        break
print(total, i)
