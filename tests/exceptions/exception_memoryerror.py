# huge allocations raise MemoryError or OverflowError, not a crash
try:
    x = [0] * (10 ** 12)
    print("allocated?!")
except (MemoryError, OverflowError) as e:
    print("failed cleanly")
try:
    s = "x" * (10 ** 13)
    print("allocated?!")
except (MemoryError, OverflowError) as e:
    print("failed cleanly")
try:
    b = bytes(10 ** 13)
    print("allocated?!")
except (MemoryError, OverflowError) as e:
    print("failed cleanly")
l = [0] * 1000
print(len(l))
