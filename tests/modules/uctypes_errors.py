# krait-exp: hand-written (uctypes is MicroPython-only; error types as MicroPython raises them)
import uctypes

def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__)

buf = bytearray(8)
d = {"i": 0 | uctypes.UINT16, "f": 4 | uctypes.FLOAT32, "sub": (2, {"b": 0 | uctypes.UINT8}),
     "arr": (uctypes.ARRAY | 4, uctypes.UINT8 | 4), "bad_bf": 0 | uctypes.BFUINT8 | 6 << uctypes.BF_POS | 4 << uctypes.BF_LEN}
s = uctypes.struct(buf, d, uctypes.LITTLE_ENDIAN)

def set_attr(name, v):
    setattr(s, name, v)

err(lambda: set_attr("i", 1.5))         # TypeError: float into an int field
err(lambda: set_attr("i", "x"))         # TypeError
err(lambda: set_attr("f", "x"))         # TypeError
err(lambda: set_attr("f", 2))           # ok: an int into a float field
err(lambda: s.f)
err(lambda: set_attr("sub", 1))         # TypeError: aggregate
err(lambda: set_attr("nope", 1))        # AttributeError
err(lambda: s.arr[4])                   # IndexError
err(lambda: s.arr[-1])                  # IndexError
err(lambda: s.arr["a"])                 # TypeError
err(lambda: s["i"])                     # TypeError: a struct is not indexable
err(lambda: s.bad_bf)                   # ValueError: 6 + 4 bits do not fit a byte
err(lambda: uctypes.struct(buf, d, 3))  # ValueError: bad layout
err(lambda: uctypes.struct(buf, 5))     # TypeError: bad descriptor
err(lambda: uctypes.struct(2 ** 80, d)) # OverflowError: address
err(lambda: uctypes.sizeof(d, 7))       # ValueError
err(lambda: uctypes.sizeof({"x": 2 ** 80}))   # OverflowError
err(lambda: uctypes.sizeof({"x": (uctypes.ARRAY | 0, -1, {})}))   # ValueError
err(lambda: uctypes.sizeof({"x": (uctypes.ARRAY | uctypes.PTR | 0, 1)}))   # TypeError: bad aggregate
err(lambda: uctypes.sizeof({"x": (uctypes.ARRAY | 0, uctypes.BFUINT8 | 2)}))   # TypeError
err(lambda: uctypes.bytes_at(0, -1))    # ValueError
err(lambda: uctypes.addressof(5))       # TypeError
err(lambda: len(s))                     # TypeError
print(len(s.arr), buf)
