print("init _pkg", __name__)
TOP = "top"
from . import helper
from .helper import hval
