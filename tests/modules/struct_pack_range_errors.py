# struct.pack range errors worded as CPython words them: per byte order (its native and
# byte-swapping pack functions differ), "argument out of range" beyond a C long, and ints
# too large for 'e'/'f'/'d'. (Values chosen so a 32-bit C long gives the same answers.)
import struct
for mode in "@<>!=":
    for code in "bBhHiIlLqQe":
        if mode == "@" and code in "lLqQ":
            continue   # native long sizes differ between hosts
        for v in [-2 ** 70, -129, -1, 256, 70000, 2 ** 70, 1.5, "x"]:
            try:
                struct.pack(mode + code, v)
                r = "ok"
            except (struct.error, OverflowError) as e:
                r = type(e).__name__ + ": " + str(e)
            print(mode + code, v, r)
for code in "efd":
    for v in [10 ** 39, 10 ** 400, 70000, 1e39, float("inf")]:
        try:
            print(code, len(struct.pack("<" + code, v)))
        except (struct.error, OverflowError) as e:
            print(code, type(e).__name__, e)
