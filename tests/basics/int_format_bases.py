# hex/oct/bin and formatting of ints
for n in (0, 1, -1, 255, -255, 4096, 2 ** 40):
    print(n, hex(n), oct(n), bin(n))
print("%d %i %x %X %o" % (255, -3, 255, 255, 8))
print("{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b}".format(255, 255, 8, 5, 255, 8, 5))
print("{:08d}|{:<6d}|{:>6d}|{:^7d}|{:+d}|{: d}".format(42, 42, 42, 42, 42, 42))
print("{:,}".format(1234567890), "{:_}".format(1234567), "{:,}".format(-1000))
print(format(255, "x"), format(-255, "08b"), format(10, "c") == "\n")
print(str(-0), repr(12), str(10 ** 25))
