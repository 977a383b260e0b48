# Names stored in (and deleted from) the builtins module are seen by name lookups.
import builtins

orig_len = builtins.len
print(builtins.len is len, builtins.len([1, 2]))
builtins.len = lambda x: 'mylen'
print(len([1]), builtins.len('ab'))


def f():
    return len('abc')


print(f())
builtins.len = orig_len
print(len([1]), f())
builtins.my_helper = lambda: 'helper'
print(my_helper(), hasattr(builtins, 'my_helper'))
del builtins.my_helper
try:
    my_helper
except NameError as e:
    print('NameError', e)
print(hasattr(builtins, 'my_helper'))
try:
    del builtins.my_helper
except AttributeError:
    print('AttributeError')
my_helper = 'global wins'
builtins.my_helper = 'builtin'
print(my_helper)
del my_helper
print(my_helper)
del builtins.my_helper
