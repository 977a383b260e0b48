# krait-exp: hand-written (drives the firmware's UART through resets)
"""machine.RTC on the board: it starts at 2000-01-01 at power-on, keeps its time across a
soft reset and across machine.reset() (the time is left in RAM QEMU keeps, as a battery
keeps a real RTC), and time.time() follows it after the reset too."""
from _qemu import boot, line, BANNER_END

b = boot()
try:
    line(b, "import machine, time")
    print("power on:", line(b, "print(machine.RTC().datetime()[:3], time.localtime()[:3])").strip())
    line(b, "machine.RTC().datetime((2031, 7, 4, 0, 9, 30, 0, 0))")
    b.write(b"\x04")
    b.read_until(BANNER_END, 30)
    print("soft reset:", line(b, "import machine; print(machine.RTC().datetime()[:4])").strip())
    b.write(b"machine.reset()\r")
    b.read_until(BANNER_END, 30)
    line(b, "import machine, time")
    print("machine.reset():", line(b, "print(machine.RTC().datetime()[:4], time.localtime()[:3])").strip())
    # it went on from 09:30:00 (allow minutes for a loaded host)
    print("running on:", line(b, "d = machine.RTC().datetime(); t = time.localtime(); "
                                 "print(0 <= (d[4] * 60 + d[5]) * 60 + d[6] - 34200 < 600, "
                                 "0 <= (t[3] * 60 + t[4]) * 60 + t[5] - 34200 < 600)").strip())
finally:
    b.close()
