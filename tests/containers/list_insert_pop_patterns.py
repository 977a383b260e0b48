# insert/pop at various positions
l = []
for i in range(6):
    l.insert(i // 2, i)
print(l)
l.insert(-100, "front")
l.insert(100, "back")
print(l)
print(l.pop(3), l.pop(-3), l)
l = list(range(5))
while l:
    print(l.pop(len(l) // 2), end=" ")
print()
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError", e)
