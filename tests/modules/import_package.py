# importing a package from the script's directory
import _pkgdemo
print(_pkgdemo.NAME)
from _pkgdemo import sub
print(sub.f(), sub.__name__)
import _pkgdemo.sub as s2
print(s2 is sub)
from _pkgdemo.sub import f as g
print(g())
