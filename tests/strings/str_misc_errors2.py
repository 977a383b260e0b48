# argument errors of join, startswith/endswith, format_map, dict.update; bytes() of an __index__ object
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: ','.join(1))
t(lambda: ','.join(None))
t(lambda: b','.join(5))
t(lambda: ','.join(x for x in 'ab'))
t(lambda: 'hello'.endswith((1,)))
t(lambda: 'hello'.startswith(('h', 2)))
t(lambda: 'hello'.startswith(('x', 'h', 2)))
t(lambda: b'hello'.endswith((1,)))
t(lambda: '{0}-{1}'.format_map({}))
t(lambda: '{}'.format_map({}))
t(lambda: '{a}'.format_map({'a': 1}))
t(lambda: '{a[0]}'.format_map({'a': 'xy'}))
t(lambda: {}.update({}, {}))
t(lambda: {}.update(1))

class I:
    def __index__(self):
        return 3

t(lambda: bytes(I()))
t(lambda: bytearray(I()))
t(lambda: [0, 1, 2, 3][I()])
t(lambda: bytearray(1.5))
t(lambda: bytes(1.5))
t(lambda: bytearray(None))
t(lambda: bytearray(memoryview(b'ok')))
