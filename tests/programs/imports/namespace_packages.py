# namespace packages: directories without __init__.py, portions merged from sys.path entries
import sys

HERE = __file__.rpartition('/')[0]
sys.path.append(HERE + "/_nsroot_a")
sys.path.append(HERE + "/_nsroot_b")

import _nsp.alpha
import _nsp.beta

print(_nsp.alpha.NAME, _nsp.beta.NAME)
print(_nsp.__file__, _nsp.__package__, _nsp.__name__)
print([p.replace(HERE, "<here>") for p in _nsp.__path__])
print(_nsp.__spec__.origin, _nsp.__spec__.has_location, _nsp.__spec__.parent)
print(type(_nsp.__loader__).__name__, _nsp.__loader__.is_package("_nsp"))
print(repr(_nsp).replace(HERE, "<here>"))
print(sorted(n for n in vars(_nsp) if not n.startswith("__")))

# a namespace package inside the script's directory, with a sub-namespace
import _nsdir.inner.leaf
print(_nsdir.inner.leaf.VALUE)
print(repr(_nsdir.inner).replace(HERE, "<here>"))
print(_nsdir.inner.__spec__.name, _nsdir.inner.__package__)
from _nsdir import shadowed
print(shadowed.WHERE, shadowed.__package__)
from _nsdir.inner import leaf
print(leaf is _nsdir.inner.leaf)

# a missing submodule of a namespace package
try:
    import _nsp.gamma
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
