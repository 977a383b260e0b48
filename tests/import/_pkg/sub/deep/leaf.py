from ... import TOP
from ...sub import sibling
LEAF = TOP + "-leaf-" + str(sibling.SIB)
