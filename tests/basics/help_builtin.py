# help(): usage text, help(obj) lists the attributes of the object's type or module
# krait-exp: hand-written (help() output is implementation-defined; Krait follows MicroPython's "object X is of type T" layout)
class Pt:
    scale = 2
    unit = "mm"
    def __repr__(self):
        return "Pt()"
Pt.__repr__ = None
del Pt.__repr__
help(Pt)
help()
