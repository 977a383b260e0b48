import sys
print("b start")
from . import a
print("b sees a.A1", a.A1, hasattr(a, "A2"))
B = 10
