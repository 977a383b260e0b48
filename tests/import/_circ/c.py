from . import d
C = 1
