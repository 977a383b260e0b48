# generator send()
def running_avg():
    total = 0
    n = 0
    avg = None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n
g = running_avg()
print(next(g))
print(g.send(10), g.send(20), g.send(0))
def g2():
    x = yield 1
    print("received", x)
    y = yield 2
    print("received", y)
gen = g2()
print(gen.send(None))
print(gen.send("a"))
try:
    gen.send("b")
except StopIteration:
    print("done")
fresh = g2()
try:
    fresh.send("not none")
except TypeError as e:
    print("TypeError", e)
