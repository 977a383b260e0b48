# return values
def none():
    pass
def early(x):
    if x:
        return "early"
    return "late"
def multi():
    return 1, 2, 3
def bare():
    return
print(none(), early(1), early(0), multi(), bare())
a, b, c = multi()
print(a + b + c)
def loop_return():
    for i in range(10):
        if i == 3:
            return i
    return -1
print(loop_return())
def nested_return():
    while True:
        while True:
            return "deep"
print(nested_return())
print(type(none()).__name__)
