# VM: generator send/throw/close, yield from delegation, PEP 479
# generator protocol details
def g():
    x = yield 1
    print('got', x)
    try:
        y = yield 2
    except ValueError as e:
        print('caught', repr(e))
        y = yield 3
    print('y', y)
    return 'ret'
it = g()
print(it.send(None))
print(it.send('a'))
print(it.throw(ValueError('bad')))
try:
    it.send('b')
except StopIteration as e:
    print('stop', e.value, e.args)
try:
    next(it)
except StopIteration as e:
    print('again', e.args)
it = g()
try:
    it.send(5)
except TypeError as e:
    print(e)
def running():
    yield it2.send(None)
it2 = running()
try:
    next(it2)
except ValueError as e:
    print(e)
def closer():
    try:
        yield 1
    except GeneratorExit:
        print('exit seen')
        raise
c = closer(); next(c); print(c.close())
def ignorer():
    try:
        yield 1
    except GeneratorExit:
        yield 2
c = ignorer(); next(c)
try:
    c.close()
except RuntimeError as e:
    print(e)
def inner():
    try:
        x = yield 'i1'
        print('inner got', x)
        yield 'i2'
    except KeyError as e:
        print('inner caught', e)
        yield 'i3'
    return 'inner-ret'
def outer():
    r = yield from inner()
    print('outer r', r)
    yield 'o'
o = outer()
print(next(o), o.send('X'), o.throw(KeyError('k')))
print(list(o))
def fromlist():
    yield from [1, 2, 3]
    yield from range(2)
    yield from 'ab'
print(list(fromlist()))
def gen_exp():
    return (i * 2 for i in range(4))
print(sum(gen_exp()), list(x for x in range(3) if x))
def stop_in_gen():
    yield 1
    next(iter([]))
try:
    list(stop_in_gen())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
print(g.__name__, g().__name__)
gg = g()
print(gg.gi_running, list(zip(range(2), g())))
def thrower():
    yield 1
t = thrower()
try:
    t.throw(KeyError, 'kk')
except KeyError as e:
    print('thrown', repr(e))
print(next(t, 'exhausted'))
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == 'reset':
            i = 0
        else:
            i += 1
c = counter()
print(next(c), next(c), c.send('reset'), next(c))
