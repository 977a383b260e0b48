# randomized operations on dicts, sets and lists (deterministic LCG); output compared with CPython
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n

d = {}
order = []
for step in range(20000):
    op = rnd(10)
    k = rnd(300)
    if rnd(3) == 0:
        k = 'k' + str(k)
    if op < 5:
        d[k] = step
    elif op < 8:
        d.pop(k, None)
    elif op < 9:
        if d:
            d.popitem()
    else:
        d.setdefault(k, -1)
    if step % 2000 == 0:
        print(len(d), list(d.items())[:6], list(d)[-3:])
print(len(d), sum(v for v in d.values()))

s = set()
for step in range(20000):
    op = rnd(6)
    k = rnd(500) - 250
    if op < 3:
        s.add(k)
    elif op < 5:
        s.discard(k)
    else:
        if s:
            s.pop()
    if step % 2000 == 0:
        print(len(s), list(s)[:10])
print(sorted(s)[:10], len(s))
print(list(s)[:30])

l = []
for step in range(5000):
    op = rnd(7)
    if op < 3:
        l.append(rnd(100))
    elif op == 3 and l:
        l.pop(rnd(len(l)))
    elif op == 4:
        l.insert(rnd(len(l) + 1), step)
    elif op == 5 and l:
        i = rnd(len(l))
        j = rnd(len(l))
        l[min(i, j):max(i, j)] = l[min(i, j):max(i, j)][::-1]
    elif op == 6 and len(l) > 3:
        del l[rnd(len(l))::rnd(3) + 1]
print(len(l), l[:20], sum(l))
l.sort()
print(l[:10], l[-10:])
words = ['w' + str(rnd(50)) for _ in range(300)]
words.sort(key=lambda w: (len(w), w), reverse=True)
print(words[:10])
ds = {}
for w in words:
    ds[w] = ds.get(w, 0) + 1
print(sorted(ds.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
print({w for w in words if w.endswith('7')} == set(w for w in words if w[-1] == '7'))
t = tuple(range(50))
print(t[5:40:7], t[::-9], t[-3:], hash(t) == hash(tuple(range(50))))
