# pass, Ellipsis, docstrings, no-op statements
def f():
    """docstring only"""
def g():
    pass
def h():
    ...
print(f(), g(), h())
print(..., Ellipsis is ..., type(...).__name__)
print(f.__doc__)
class C:
    """class doc"""
    pass
print(C.__doc__)
if True:
    pass
for _ in range(2):
    pass
1 + 1
"string statement"
print("end")
