# statements on one line, line continuation, parenthesised continuation
a = 1; b = 2; c = a + b; print(c)
total = 1 + \
    2 + \
    3
print(total)
value = (1 +
         2 +
         3)
print(value)
items = [
    1,
    2,
    3,
]
print(items)
d = {
    "a": 1,
    "b": 2,
}
print(d)
def f(a,
      b):
    return a + b
print(f(1,
        2))
if (a == 1 and
        b == 2):
    print("multi-line condition")
s = ("implicit "
     "concat")
print(s)
