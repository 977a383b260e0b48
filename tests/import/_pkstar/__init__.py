__all__ = ["sub", "VAL"]
VAL = 1
