# uncaught ZeroDivisionError in a method: file/line/function/source lines as CPython.
# krait-exp: hand-written -- CPython 3.11 also prints ^/~ caret lines under the failing
# sub-expression; Krait does not, as that needs a column table in every code object
# (flash a microcontroller cannot spare; MicroPython prints no source lines at all).
class Meter:
    def __init__(self, total, count):
        self.total = total
        self.count = count

    def average(self):
        avg = self.total / self.count
        return avg

def report(m):
    print("total", m.total)
    print(m.average())

report(Meter(10, 0))
