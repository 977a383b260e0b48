# import statement forms
import math
import sys as system
from math import sqrt, pi as PI
from math import floor
print(math.sqrt(4), system.byteorder in ("little", "big"), sqrt(9), PI == math.pi, floor(2.5))
import math as m2
print(m2 is math)
def local_import():
    import math as lm
    from sys import maxsize
    return lm.ceil(0.5), maxsize > 0
print(local_import())
try:
    import this_module_does_not_exist_xyz
except ImportError as e:
    print(type(e).__name__, e)
try:
    from math import no_such_name
except ImportError as e:
    print("ImportError", str(e).startswith("cannot import name 'no_such_name'"))
print(issubclass(ModuleNotFoundError, ImportError))
