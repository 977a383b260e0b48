SIB = 1
