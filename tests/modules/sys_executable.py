# unix: sys.executable is the program's absolute path; gc.collect() returns an int count
import sys
import gc

if not getattr(sys, "executable", None):
    print("SKIP")
    raise SystemExit
print(type(sys.executable).__name__, sys.executable.startswith("/"))
junk = [[i] * 4 for i in range(100)]
junk = None
n = gc.collect()
print(type(n).__name__, n >= 0)
