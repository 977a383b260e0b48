# mutating lists while iterating over copies; list as stack and queue
l = [1, 2, 3, 4, 5, 6]
for x in l[:]:
    if x % 2 == 0:
        l.remove(x)
print(l)
stack = []
for i in range(5):
    stack.append(i)
out = []
while stack:
    out.append(stack.pop())
print(out)
q = list("abc")
res = []
while q:
    res.append(q.pop(0))
print(res)
l = [0, 1, 2]
for i, v in enumerate(l):
    l[i] = v * 10
print(l)
it_list = [1, 2, 3]
seen = []
for x in it_list:
    seen.append(x)
    if x == 1:
        it_list.append(4)
print(seen)
