# conditional expressions
x = 5
print("big" if x > 3 else "small")
print("a" if 0 else "b" if 0 else "c")
print(1 if True else 1 / 0)
print(1 / 0 if False else "safe")
f = lambda n: "even" if n % 2 == 0 else "odd"
print([f(i) for i in range(4)])
print((1 if x else 2) + 10)
y = [] or "default"
print(y)
z = 0 and 1 / 0
print(z)
print(None or 0 or "" or "last")
print(1 and 2 and 3, 1 and 0 and 3)
print(not 0, not "", not [1])
