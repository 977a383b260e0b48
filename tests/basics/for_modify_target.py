# assigning to loop variables and other for targets
l = []
for l_item in [1, 2]:
    l.append(l_item)
    l_item = 100
print(l)
d = {}
for d["k"] in range(3):
    pass
print(d)
class O:
    pass
o = O()
for o.attr in "xyz":
    pass
print(o.attr)
arr = [0, 0, 0]
for i, arr[i] in enumerate([5, 6, 7]):
    pass
print(arr)
for i in range(5):
    i = i * 10
print(i)
