import sys
print("a start", "_circ.a" in sys.modules)
A1 = 1
from . import b
print("a got b.B", b.B)
A2 = 2
