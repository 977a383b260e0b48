# assert statement
assert True
assert 1 == 1, "not shown"
try:
    assert False
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert 1 == 2, "one is not two"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert [], ("tuple", 1)
except AssertionError as e:
    print("args", e.args)
x = 0
def side():
    global x
    x += 1
    return "msg"
assert True, side()
print("x", x)
try:
    assert 0, side()
except AssertionError as e:
    print(e, x)
