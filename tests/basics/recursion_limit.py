# infinite recursion raises RecursionError, and the program continues
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("RecursionError caught")
def g():
    return g()
try:
    g()
except RecursionError:
    print("again")
print(isinstance(RecursionError(), RuntimeError))
def ok(n):
    return 0 if n == 0 else ok(n - 1) + 1
print(ok(100))
