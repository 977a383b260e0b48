import sys
class Replacement:
    NAME = "replaced"
sys.modules[__name__] = Replacement()
