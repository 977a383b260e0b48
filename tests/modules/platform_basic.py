# krait-exp: hand-written (the strings describe the build, not CPython's; only their shape is printed)
import platform

p = platform.platform()
print(type(p).__name__, "-with-" in p, len(p.split("-")) >= 4)
c = platform.python_compiler()
print(type(c).__name__)
lib, ver = platform.libc_ver()
print(type(lib).__name__, type(ver).__name__)
print(type(platform.processor()).__name__)
