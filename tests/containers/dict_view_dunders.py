# Special methods of dict views called directly.
d = {'a': 1, 'b': 2}
k, v, it = d.keys(), d.values(), d.items()
print(k.__contains__('a'), k.__contains__('z'), it.__contains__(('a', 1)), it.__contains__(('a', 2)))
print(k.__len__(), v.__len__(), it.__len__())
print(sorted(k.__iter__()), sorted(v.__iter__()), sorted(it.__iter__()))
print(sorted(k.__and__({'a', 'q'})), sorted(k.__or__({'c'})), sorted(k.__sub__({'a'})), sorted(k.__xor__({'a', 'c'})))
print(sorted(k.__rand__({'b'})), k.__eq__({'a', 'b'}), k.__ne__({'a'}), k.__le__({'a', 'b', 'c'}), k.__lt__({'a', 'b'}))
print(sorted(it.__and__({('a', 1)})), it.__eq__({('a', 1), ('b', 2)}))
try:
    k.__contains__([])
except TypeError as e:
    print('TypeError', e)
print(hasattr(v, '__contains__'), hasattr(k, '__len__'))
