# NameError and AttributeError messages
try:
    undefined_thing
except NameError as e:
    print(e)
def f():
    return not_defined_either
try:
    f()
except NameError as e:
    print(e)
class C:
    x = 1
try:
    C.y
except AttributeError as e:
    print(e)
try:
    C().y
except AttributeError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    [].nope
except AttributeError as e:
    print(e)
import math
try:
    math.nope
except AttributeError as e:
    print(e)
try:
    (1).real = 5
except AttributeError as e:
    print(type(e).__name__)
