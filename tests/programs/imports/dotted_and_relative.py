# import a.b.c binds a; attributes set on parents; relative imports at every level
import sys

import _deep.sub.leaf
print(_deep.TOP, _deep.sub.SUB, _deep.sub.leaf.LEAF)
print(_deep.sub.sibling.SIB, _deep.leaf is _deep.sub.leaf)
print(_deep.sub.leaf.__package__, _deep.sub.__package__, _deep.__package__)
print(sorted(k for k in sys.modules if k.startswith("_deep")))

import _deep.sub.leaf as leaf_alias
print(leaf_alias is _deep.sub.leaf)

from _deep.sub import leaf, sibling
print(leaf.LEAF, sibling.SIB)

try:
    _deep.sub.leaf.beyond()
except ImportError as e:
    print(type(e).__name__, e)

# __import__'s return value: top package without fromlist, the module with it
print(__import__("_deep.sub.leaf").__name__)
print(__import__("_deep.sub.leaf", fromlist=["LEAF"]).__name__)
print(__import__("_deep.sub", fromlist=["leaf"]).leaf.LEAF)
print(__import__("sub.leaf", {"__package__": "_deep"}, None, [], 1).__name__)
print(__import__("sub", {"__package__": "_deep"}, None, None, 1).__name__)
print(__import__("", {"__package__": "_deep.sub"}, None, ["sibling"], 1).__name__)

# from package import * honours __all__ and imports submodules named there
import _pkg
print(hasattr(_pkg, "__all__"), getattr(_pkg, "__all__", None))
