d = {'a': 1, 2: [3]}
print(d, {})
d['b'] = 'x'
print(d, len(d), 'a' in d, 'z' in d)
del d['a']
print(d)
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)
try:
    d[(1, 2)]
except KeyError as e:
    print('KeyError', repr(e))
print(d.get(2), d.get(99), d.get(99, 'def'))
print(d.setdefault('n', 5), d.setdefault('n', 6), d)
print(d.pop('n'), d.pop('n', 'gone'))
try:
    d.pop('n')
except KeyError as e:
    print('KeyError', e)
d = dict(a=1, b=2)
print(d)
print(dict([(1, 2), [3, 4]]), dict({'x': 1}, y=2), dict(zip('abc', range(3))))
print(d.popitem(), d)
d.update({'c': 3}, d=4)
d.update([('e', 5)])
print(d)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError', e)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0))
c = d.copy()
c['z'] = 26
print(d, c)
c.clear()
print(c)
print({1: 2} | {3: 4}, {1: 2} == {1: 2}, {1: 2} != {1: 3})
e = {1: 1}
e |= {2: 2}
e |= [(3, 3)]
print(e)
print(list(reversed({1: 1, 2: 2, 3: 3})))
print(list(reversed({1: 1, 2: 2}.items())))
r = {}
r['self'] = r
print(r)
print({1: 'a', 1.0: 'b', True: 'c'})
d = {}
for i in range(100):
    d[i] = i * i
for i in range(0, 100, 2):
    del d[i]
print(len(d), sum(d), d[51])
for i in range(100, 200):
    d[str(i)] = i
print(len(d), d['150'], list(d)[:5], list(d)[-3:])
try:
    for k in d:
        d[k + 1000 if isinstance(k, int) else k + 'x'] = 0
except RuntimeError as e:
    print(e)
try:
    d[[1]] = 2
except TypeError as e:
    print(e)
try:
    [] in {}
except TypeError as e:
    print(e)
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
k = d.keys()
print(k & {51, 53, 1000}, {1} | {1: 2}.keys())
print({'a': 1}.keys() == {'a'}, {'a': 1}.items() == {('a', 1)})
print(('a', 1) in {'a': 1}.items(), 1 in {'a': 1}.values())
print(len({1: 2}.items()))
class D(dict):
    def __missing__(self, k):
        return k * 2
dd = D(a=1)
print(dd['a'], dd[21], isinstance(dd, dict))
s = 'hello'
t = ''.join(['hel', 'lo'])
print({s: 1}[t], {t: 2}[s])
