l = [1, 2, 3]
l.append(4)
l.extend((5, 6))
l.insert(0, 0)
l.insert(-1, 55)
l.insert(100, 7)
print(l, len(l))
print(l[0], l[-1], l[2:5], l[::2], l[::-1], l[5:1:-2], l[-100:100])
l[1:3] = ['a', 'b', 'c']
print(l)
l[::2] = range(len(l[::2]))
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print(e)
del l[::3]
print(l)
del l[1:3]
print(l)
l[:] = []
print(l)
l = list(range(10))
print(l.pop(), l.pop(0), l.pop(-2), l)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].pop(5)
except IndexError as e:
    print(e)
try:
    l[100]
except IndexError as e:
    print(e)
try:
    l[100] = 1
except IndexError as e:
    print(e)
try:
    l['a']
except TypeError as e:
    print(e)
l.remove(5)
print(l, l.index(6), l.count(6))
try:
    l.remove(99)
except ValueError as e:
    print(e)
try:
    l.index(5)
except ValueError as e:
    print(e)
try:
    ['a'].index('b')
except ValueError as e:
    print(e)
l.reverse()
print(l)
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
words.sort(key=str.lower)
print(words)
print(sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
pairs.sort(key=lambda p: p[0])
print(pairs)
try:
    [1, 'a', 2].sort()
except TypeError as e:
    print(e)
print([1, 2] + [3], [0] * 3, 3 * [1, 2], [] * 5, [1] * -1)
try:
    [1] + (2,)
except TypeError as e:
    print(e)
try:
    [1] * 2.0
except TypeError as e:
    print(e)
a = [1]
b = a
a += (2, 3)
a *= 2
print(b)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 5], [1, 2] == [1, 2], [] <= [], [1] != [1])
r = [1]
r.append(r)
print(r)
print(list('abc'), list(range(3)), list({1: 2}), list((1, 2)))
c = l.copy()
c.clear()
print(l, c)
data = [(i * 7919) % 1000 for i in range(500)]
s = sorted(data)
print(s[:10], s[-5:], s == sorted(s))
print(sorted([3.5, 1, 2.25, -1]))
print(sorted(['b', 'a', 'C']))
print(2 in [1, 2], 5 not in [1, 2])
x = [0] * 5
x[-1] = 9
print(x)
print([1, 2, 3][True])
