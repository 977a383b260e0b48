# import os.path (os is a module, os.path a builtin submodule registered in sys.modules)
import os.path
print(os.path.join('a', 'b'), os.path.basename('/x/y.py'))
import os.path as p
print(p is os.path, p.__name__)
from os.path import splitext
print(splitext('a.b.c'))
import os.path, sys
print('os.path' in sys.modules, sys.modules['os.path'] is os.path)
try:
    import os.nothere
except ImportError as e:
    print(type(e).__name__, e)
try:
    import sys.path
except ImportError as e:
    print(type(e).__name__, e)
