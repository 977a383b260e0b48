# '%' with a non-tuple argument: a mapping-like one is used once, as CPython does
def t(fmt, args):
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__, e)

t('%s %s', [1, 2])
t('%s', [1, 2])
t('abc', [1, 2])
t('abc', {'a': 1})
t('abc', 1)
t('abc', 'x')
t('abc', range(3))
t('abc', b'x')
t('%(a)s %s', {'a': 1})
t('%s %(a)s', {'a': 1})
t('%(a)s %(b)r', {'a': 1, 'b': 'x'})
t('%(x)*d', {'x': 1})
t('%(x)s', {'x': (1, 2)})
t('%s', {'x': 1})
t('%d', [1])
t(b'abc', b'x')
t(b'abc', bytearray(b'x'))
t(b'abc', {})
t(b'abc', [1])
t(b'%s %s', [1, 2])
t(b'%(a)s', {b'a': b'1'})
t(b'%s', (b'x',))

class T(tuple):
    pass

class D(dict):
    pass

class M:
    def __getitem__(self, k):
        return k * 2

class DM(dict):
    def __missing__(self, k):
        return '<' + k + '>'

t('%s %s', T((1, 2)))
t('%s', T())
t('%s', T((5,)))
t('%(a)s', D(a=1))
t('%(ab)s', M())
t('abc', M())
t('%(a)s%(b)s', DM(a=1))
t('{a}{b}'.format_map(DM(a=1)), ())
