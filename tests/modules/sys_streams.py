# sys.stdout/stderr/stdin and their binary .buffer streams
import sys
sys.stdout.flush()
n = sys.stdout.write("text\n")
print(n)
sys.stdout.flush()
n = sys.stdout.buffer.write(b"raw bytes\n")
sys.stdout.buffer.flush()
print(n)
sys.stdout.buffer.write(bytearray(b"bytearray\n"))
sys.stdout.buffer.flush()
print(sys.stdout.write("\u00e9\u4e2d\n"))
sys.stdout.flush()
try:
    sys.stdout.write(b"x")
except TypeError:
    print("TypeError")
try:
    sys.stdout.buffer.write("x")
except TypeError:
    print("TypeError")
sys.stdout.flush()
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout.buffer.fileno())
print(hasattr(sys.stdin, "readline"), hasattr(sys.stdin.buffer, "read"))
print(sys.stdout.isatty() in (True, False))
