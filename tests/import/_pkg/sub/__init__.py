print("init sub", __name__)
from .. import TOP
from ..helper import hval as hv
