from . import leaf
NAME = "frozen package"
