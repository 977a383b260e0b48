# constants that need the heap: frozen as a .kpy image
HUGE = 2**100
CPLX = 1 + 2j
FS = 3 in {1, 2, 3}
