assert False, "asserts are stripped at opt=1"
DEBUG = __debug__
