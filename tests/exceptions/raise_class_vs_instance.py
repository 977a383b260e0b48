# raising classes, instances, and invalid things
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, e.args)
try:
    raise ValueError()
except ValueError as e:
    print(type(e).__name__, e.args)
try:
    raise 5
except TypeError as e:
    print("TypeError", e)
try:
    raise object
except TypeError as e:
    print("TypeError", e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print("TypeError", e)
try:
    try:
        pass
    except 5:
        pass
    print("unused bad except clause is fine")
    try:
        raise ValueError
    except "x":
        pass
except TypeError as e:
    print("TypeError", e)
