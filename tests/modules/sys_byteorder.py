# sys.byteorder
import sys
print(sys.byteorder in ("little", "big"))
print(sys.byteorder)
print(int.from_bytes(b"\x01\x00", sys.byteorder) in (1, 256))
