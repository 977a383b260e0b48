from .c import C
