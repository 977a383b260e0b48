# repr of containers reached again through a tuple
t = ([],)
t[0].append(t)
print(t)
print(t[0])
d = {}
t2 = (1, d)
d['k'] = t2
print(t2, d)
l = [1]
t3 = (l, l)
print(t3)
l.append((l,))
print(l)
print(((), (1,), ((2,),)))
print(repr(((1, [2]),)))
