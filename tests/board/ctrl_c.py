# krait-exp: hand-written (drives the firmware's UART: Ctrl-C while Python code runs)
"""Ctrl-C (byte 0x03 on the UART) interrupts running code with KeyboardInterrupt: a tight
loop, a sleep, input(); in the friendly and the raw REPL; the board keeps working."""
import time
from _qemu import boot, line

b = boot()
try:
    b.write(b"while True: pass\r\r")
    time.sleep(0.5)
    b.write(b"\x03")
    out = b.read_until(b">>> ").replace(b"\r\n", b"\n").decode()
    print("tight loop:", out.strip().splitlines()[-1])
    print("after:", line(b, "print(6 * 7)").strip())
    b.write(b"import time; time.sleep(100)\r")
    time.sleep(0.5)
    b.write(b"\x03")
    out = b.read_until(b">>> ").replace(b"\r\n", b"\n").decode()
    print("sleep:", out.strip().splitlines()[-1])
    b.write(b"s = input('name? ')\r")
    b.read_until(b"\r\nname? ")
    b.write(b"\x03")
    out = b.read_until(b">>> ").replace(b"\r\n", b"\n").decode()
    print("input:", out.strip().splitlines()[-1])
    # Ctrl-C at an empty prompt: nothing raised, just a fresh prompt
    b.write(b"\x03")
    b.read_until(b">>> ")
    print("after:", line(b, "print('still here')").strip())
    # raw REPL: the host tool's way
    b.enter_raw()
    b.write(b"n = 0\nwhile True:\n    n += 1\n\x04")
    b.read_until(b"OK")
    time.sleep(0.5)
    b.write(b"\x03")
    out = b.read_until(b"\x04")
    err = b.read_until(b"\x04")
    b.read_until(b">")
    print("raw: out=%r err last=%r" % (out, err.replace(b"\r\n", b"\n").decode().strip().splitlines()[-1]))
    out, err = b.exec_raw("print(n > 1000)")
    print("raw after:", out.replace(b"\r\n", b"\n").decode().strip(), err)
    # micropython.kbd_intr(-1): Ctrl-C becomes an ordinary byte for the program
    b.write(b"import micropython, sys\nmicropython.kbd_intr(-1)\nprint(ord(sys.stdin.read(1)))\n\x04")
    b.read_until(b"OK")
    time.sleep(0.3)
    b.write(b"\x03")
    out = b.read_until(b"\x04")
    err = b.read_until(b"\x04")
    b.read_until(b">")
    print("kbd_intr(-1):", out.replace(b"\r\n", b"\n").decode().strip(), err)
finally:
    b.close()
