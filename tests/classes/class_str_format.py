# __format__ and __str__ used by formatting
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return "$%d.%02d" % (self.cents // 100, self.cents % 100)
    def __format__(self, spec):
        if spec == "short":
            return "$%d" % (self.cents // 100)
        return format(str(self), spec)
m = Money(12345)
print(m, str(m), "{}".format(m), f"{m:short}", f"{m:>12}|", format(m, "<10") + "|")
print("%s" % m, [str(m)])
class NoFormat:
    def __str__(self):
        return "nf"
print(f"{NoFormat()}", format(NoFormat()), "{:>4}".format(str(NoFormat())))
try:
    format(NoFormat(), ">4")
except TypeError as e:
    print("TypeError", e)
