# __len__, __bool__, and truth testing of instances
class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
b = Box([1, 2])
print(len(b), bool(b), bool(Box([])), "yes" if Box([0]) else "no")
class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print("OverflowError")
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError", e)
