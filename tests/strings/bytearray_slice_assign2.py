# bytearray slice assignment and deletion: extended slices, self-assignment, iterables
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

def a(sl, val):
    def f():
        b = bytearray(range(10))
        b[sl] = val
        return b
    return f

show(a(slice(None, None, 3), b'abcd'))
show(a(slice(None, None, -3), b'abcd'))
show(a(slice(2, 8, 2), [1, 2, 3]))
show(a(slice(2, 8, 2), bytearray(b'xyz')))
show(a(slice(2, 8, 2), memoryview(b'xyz')))
show(a(slice(1, 3), range(5)))
show(a(slice(None, None, 2), b''))        # CPython deletes the extended slice
show(a(slice(None, None, -4), bytearray()))
show(a(slice(None, None, 2), b'x'))
show(a(slice(5, 2), b'ab'))
show(a(slice(100, None), b'ab'))
show(a(slice(1, 2), 5))
show(a(slice(1, 2), 'x'))

def d(sl):
    def f():
        b = bytearray(range(10))
        del b[sl]
        return b
    return f

show(d(slice(-2, None, -3)))
show(d(slice(None, None, -1)))
show(d(slice(1, -1, 4)))
show(d(slice(100, None)))

def selfa(sl):
    def f():
        b = bytearray(b'abc')
        b[sl] = b
        return b
    return f

show(selfa(slice(1, 2)))
show(selfa(slice(0, 0)))
show(selfa(slice(None, None, -1)))
