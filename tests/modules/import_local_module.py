# importing a module from the script's directory
import _helper_mod
print(_helper_mod.VALUE, _helper_mod.double(21), _helper_mod.__name__)
from _helper_mod import Greeter, double
print(Greeter("krait").greet(), double("ab"))
import _helper_mod as again
print(again is _helper_mod, again.load_count)
import sys
print("_helper_mod" in sys.modules)
