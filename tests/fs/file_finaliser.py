# files the program forgets to close are closed when the garbage collector frees them
# (CPython closes them when their last reference goes)
import gc
import os

try:
    before = len(os.listdir("/proc/self/fd"))
except Exception:
    print("SKIP")
    raise SystemExit


def leak(n):
    for i in range(n):
        f = open("file_finaliser.py")
        f.read(1)
        if i % 50 == 0:
            gc.collect()


leak(300)
gc.collect()
gc.collect()
after = len(os.listdir("/proc/self/fd"))
print("closed", after - before <= 3)


def write_and_forget(name, data):
    f = open(name, "w")
    f.write(data)


write_and_forget("_file_finaliser.tmp", "written, never closed")
gc.collect()
gc.collect()
with open("_file_finaliser.tmp") as f:
    print(f.read())
os.remove("_file_finaliser.tmp")

# an explicitly closed file stays closed; closing twice is fine
f = open("file_finaliser.py")
f.close()
f.close()
del f
gc.collect()
print("ok")
