# VM: handled-exception state, context/cause, finally/with unwinding
import sys
def f():
    try:
        raise ValueError('v')
    except ValueError:
        print('in handler', sys.exc_info()[0].__name__)
        try:
            raise KeyError('k')
        except KeyError as e:
            print('ctx', repr(e.__context__))
        print('after inner', sys.exc_info()[0].__name__)
    print('after', sys.exc_info())
f()
def g():
    try:
        return 'try'
    finally:
        print('finally runs')
print(g())
def h():
    try:
        raise ValueError
    finally:
        return 'swallowed'
print(h())
def k():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print('fin', i)
    return i
print(k())
def nested():
    try:
        try:
            1/0
        except ZeroDivisionError:
            raise TypeError('t')
    except TypeError as e:
        print(repr(e), repr(e.__context__), e.__suppress_context__)
nested()
def fromnone():
    try:
        try:
            1/0
        except ZeroDivisionError:
            raise TypeError('t') from None
    except TypeError as e:
        print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
fromnone()
def reraise():
    try:
        try:
            raise KeyError('x')
        except KeyError:
            raise
    except KeyError as e:
        print('reraised', repr(e))
reraise()
try:
    raise
except RuntimeError as e:
    print(e)
class CM:
    def __init__(self, name, swallow=False):
        self.name = name; self.swallow = swallow
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v)
        return self.swallow
with CM('a') as a, CM('b') as b:
    print('body', a.name, b.name)
with CM('s', True):
    raise ValueError('swallowed')
try:
    with CM('n'):
        raise ValueError('propagated')
except ValueError as e:
    print('outside', e)
def ret_in_with():
    with CM('r'):
        return 5
print(ret_in_with())
for i in range(2):
    with CM(str(i)):
        if i == 0:
            continue
        break
e = None
try:
    raise ValueError(1)
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print('NameError', err)
def exc_in_finally():
    try:
        try:
            raise ValueError('a')
        finally:
            raise KeyError('b')
    except KeyError as e:
        print(repr(e), repr(e.__context__))
exc_in_finally()
try:
    assert 1 == 2, 'msg'
except AssertionError as e:
    print('assert', e)
try:
    assert False
except AssertionError as e:
    print('assert2', repr(e))
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
try:
    try:
        pass
    except 5:
        pass
    print('unused bad clause ok')
    try:
        1/0
    except 5:
        pass
except TypeError as e:
    print(e)
def gen_exc_state():
    try:
        raise KeyError('in gen')
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
gi = gen_exc_state()
print(next(gi), sys.exc_info()[0], next(gi))
try:
    raise OSError(2, "No such file")
except OSError as e:
    print(e.errno, e.strerror, e)
