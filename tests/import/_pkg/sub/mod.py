print("init sub.mod", __name__, __package__)
from . import sibling
from .sibling import SIB
from ..helper import hval
from .deep.leaf import LEAF
value = SIB + hval
