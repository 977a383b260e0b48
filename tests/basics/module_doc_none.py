# A module without a docstring has __doc__ = None.
print(__doc__)
print('__doc__' in globals(), globals()['__doc__'])


def f():
    "f doc"


class C:
    pass


print(f.__doc__, C.__doc__)
ns = {}
exec('"exec doc"\nx = 1', ns)
print(ns['__doc__'], ns['x'])
