# uncaught ZeroDivisionError in a method: CPython 3.11 prints ^ and ~ caret lines under the failing sub-expressions (the only cmdline test that expects carets)
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
