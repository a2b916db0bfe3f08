# importing a package and its submodule with relative imports inside
import _pkg
print(_pkg.double(21), _pkg.PKG_NAME, _pkg.sub_module.__name__)
from _pkg import sub
print(sub is _pkg.sub_module, sub.double("ab"))
import _pkg.sub
print(_pkg.sub.double(1.5))
import sys
print(sorted(k for k in sys.modules if k.startswith("_pkg")))
