# assignment expressions
if (n := 10) > 5:
    print("n", n)
data = [1, 2, 3, 4, 5]
print([y for x in data if (y := x * x) > 5])
print(y)
vals = iter([3, 2, 1, 0, 5])
while (v := next(vals)) != 0:
    print("v", v)
def f():
    if (z := 7):
        return z * 2
print(f())
print((a := 1) + a)
total = 0
print([total := total + i for i in range(5)], total)
m = {"k": 1}
if (got := m.get("k")) is not None:
    print("got", got)
