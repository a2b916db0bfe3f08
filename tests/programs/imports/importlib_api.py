# importlib: import_module, reload, invalidate_caches, util and machinery
import importlib
import importlib.util
import importlib.machinery
import sys

HERE = __file__.rpartition('/')[0]

m = importlib.import_module("_helper")
print(m.__name__, m is sys.modules["_helper"])
sub = importlib.import_module("._pkg.sub".lstrip("."))
print(sub.__name__)
rel = importlib.import_module(".sub", package="_pkg")
print(rel is sub)
rel2 = importlib.import_module("..sibling", package="_deep.sub.x")
print(rel2.__name__)
for args in [("",), (".sub",), ("..x", "top"), ("_no_such_mod",), (5,)]:
    try:
        importlib.import_module(*args)
    except Exception as e:
        print(type(e).__name__ + ":", e)

r = importlib.import_module("_reloadable")
r2 = importlib.reload(r)
print(r2 is r, r.counter)
try:
    importlib.reload(42)
except TypeError as e:
    print("TypeError:", e)
ModuleType = type(sys)
try:
    importlib.reload(ModuleType("_not_imported"))
except ImportError as e:
    print("ImportError:", e, e.name)
print(importlib.invalidate_caches())

# find_spec: found, imported, missing, in a package, relative
s = importlib.util.find_spec("_circ_a")
print(s.name, s.origin.rpartition('/')[2], "_circ_a" in sys.modules)
print(importlib.util.find_spec("_helper") is sys.modules["_helper"].__spec__)
print(importlib.util.find_spec("_nothing_like_this"))
print(importlib.util.find_spec("_pkg.sub").name, importlib.util.find_spec(".sub", "_pkg").name)
print(importlib.util.find_spec("sys"))
try:
    importlib.util.find_spec("_helper.x")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
print(importlib.util.resolve_name(".a", "pkg.b"), importlib.util.resolve_name("x", None))
try:
    importlib.util.resolve_name(".a", None)
except ImportError as e:
    print("ImportError:", e)

# the recipe for loading a file as a module
spec = importlib.util.spec_from_file_location("by_path", HERE + "/_loaded_by_path.py")
print(spec.name, spec.origin.rpartition('/')[2], spec.has_location, spec.parent == "")
mod = importlib.util.module_from_spec(spec)
print(mod.__name__, mod.__file__.rpartition('/')[2], "by_path" in sys.modules)
spec.loader.exec_module(mod)
print(mod.double(21), mod.__spec__ is spec)
print(importlib.util.spec_from_file_location("x", HERE + "/_plain_data.txt"))
pspec = importlib.util.spec_from_file_location("pk", HERE + "/_pkg/__init__.py")
print([p.replace(HERE, "<here>") for p in pspec.submodule_search_locations])
print(importlib.util.cache_from_source("/a/b/c.py"))
print(importlib.util.source_from_cache("/a/b/__pycache__/c.cpython-313.pyc"))
print(importlib.util.decode_source(b"a = 1\r\nb = 2\r\n"))

# machinery
print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BYTECODE_SUFFIXES)
ms = importlib.machinery.ModuleSpec("a.b", None)
print(ms, ms.parent, ms.has_location, ms.cached, ms.origin, ms.submodule_search_locations)
print(importlib.machinery.ModuleSpec("a.b", None, origin="here", is_package=True))
print(importlib.machinery.ModuleSpec("a", None) == importlib.machinery.ModuleSpec("a", None))
print(importlib.machinery.BuiltinImporter, importlib.machinery.BuiltinImporter.find_spec("sys"))
print(importlib.machinery.BuiltinImporter.find_spec("_helper"))
print(importlib.machinery.PathFinder.find_spec("_helper").name)
print(type(sys.__loader__) is type, sys.__loader__ is importlib.machinery.BuiltinImporter)
