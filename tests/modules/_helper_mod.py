# helper module imported by import_local_module.py (not a test itself)
VALUE = 42
load_count = 1
def double(x):
    return x * 2
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return "hello " + self.name
