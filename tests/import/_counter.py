import sys
n = getattr(sys, "_krait_test_count", 0) + 1
print("counter executing")
VALUE = "v"
