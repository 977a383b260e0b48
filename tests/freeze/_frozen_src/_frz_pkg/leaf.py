from .sub.deep import DEEP
LEAF = "leaf+" + DEEP
