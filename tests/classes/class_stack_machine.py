# a small stack machine exercising classes, dicts and exceptions
class VMError(Exception):
    pass
class Machine:
    def __init__(self):
        self.stack = []
        self.ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
                    "*": lambda a, b: a * b, "/": lambda a, b: a // b}
    def run(self, prog):
        for tok in prog.split():
            if tok in self.ops:
                if len(self.stack) < 2:
                    raise VMError("stack underflow at " + tok)
                b = self.stack.pop()
                a = self.stack.pop()
                self.stack.append(self.ops[tok](a, b))
            else:
                self.stack.append(int(tok))
        return self.stack.pop()
for prog in ["1 2 +", "2 3 4 * +", "10 2 /", "5 +", "1 0 /", "2 x +"]:
    try:
        print(prog, "=", Machine().run(prog))
    except VMError as e:
        print(prog, "VMError", e)
    except ZeroDivisionError as e:
        print(prog, "ZeroDivisionError", e)
    except ValueError as e:
        print(prog, "ValueError", e)
