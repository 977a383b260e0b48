# krait-exp: hand-written (drives the firmware's UART: hard faults and resets)
"""A hard fault (a write to an address with no device: BusFault, escalated) prints a
register dump and resets the board, which boots again into a working REPL; so do
machine.reset() and a fault inside the raw REPL."""
from _qemu import boot, line, masked, BANNER_END

b = boot()
try:
    print(line(b, "import machine").strip() or "imported")
    b.write(b"machine.mem32[0xF0000000] = 1\r")
    dump = b.read_until(BANNER_END).replace(b"\r\n", b"\n").decode()
    lines = [l for l in dump.splitlines() if l]
    i = next(k for k, l in enumerate(lines) if l.startswith("FATAL"))
    print(lines[i])
    print("dump has pc/lr:", "pc=" in dump and "lr=" in dump, "bfar:", "bfar=f0000000" in dump)
    print(masked(lines[i + 1]).strip())
    print("resetting" in dump, lines[-1].startswith("MicroPython"))
    print("after fault:", line(b, "print(sum(range(10)))").strip())
    # machine.reset(): a clean hard reset
    b.write(b"import machine; machine.reset()\r")
    b.read_until(BANNER_END)
    print("after reset:", line(b, "print('up')").strip())
    # a read from an unmapped address, from the raw REPL
    b.enter_raw()
    b.write(b"import machine\nprint(machine.mem32[0xF0000004])\n\x04")
    b.read_until(b"OK")
    dump = b.read_until(BANNER_END).replace(b"\r\n", b"\n").decode()
    print("raw REPL fault:", [l for l in dump.splitlines() if l.startswith("FATAL")])
    print("after:", line(b, "print(2 ** 100)").strip())
    # machine.soft_reset(): the soft-reboot line, state cleared
    line(b, "x = 1")
    b.write(b"import machine; machine.soft_reset()\r")
    out = b.read_until(BANNER_END).replace(b"\r\n", b"\n").decode()
    print("soft reset:", [l for l in out.splitlines() if "soft reboot" in l])
    print(line(b, "print('x' in globals())").strip())
finally:
    b.close()
