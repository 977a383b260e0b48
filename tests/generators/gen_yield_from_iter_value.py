# yield from a Python iterator (not a generator): the value of the StopIteration
# raised by its __next__ is the result of the yield from expression
class Itr:
    def __init__(self, n, value):
        self.i = 0
        self.n = n
        self.value = value

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > self.n:
            if self.value is None:
                raise StopIteration
            raise StopIteration(self.value)
        return self.i


def deleg(it):
    r = yield from it
    print("result", r)
    return r


print(list(deleg(Itr(2, 99))))
print(list(deleg(Itr(0, "x"))))
print(list(deleg(Itr(1, None))))
print(list(deleg(Itr(1, (1, 2)))))


# with send(): a Python iterator with send() receives the sent values
class Echo:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, v):
        self.n += 1
        if self.n > 3:
            raise StopIteration("echo-done")
        return ("echo", v)


def outer():
    r = yield from Echo()
    yield r


g = outer()
print(next(g), g.send("a"), g.send("b"), next(g))
