# loaders written in Python: importlib.abc's base classes, spec_from_loader, module_from_spec
import sys
import importlib.abc
import importlib.util

SOURCES = {
    "_virtual_a": "print('running', __name__)\nVALUE = 6 * 7\n",
    "_virtual_b": "from _virtual_a import VALUE\nDOUBLE = 2 * VALUE\n",
}


class StringLoader(importlib.abc.InspectLoader):
    def get_source(self, fullname):
        return SOURCES[fullname]

    def is_package(self, fullname):
        return False


loader = StringLoader()
for name in SOURCES:
    spec = importlib.util.spec_from_loader(name, loader, origin="memory")
    print(spec.name, spec.origin, spec.has_location, spec.submodule_search_locations)
    module = importlib.util.module_from_spec(spec)
    print(module.__name__, module.__loader__ is loader, hasattr(module, "__file__"))
    sys.modules[name] = module
    spec.loader.exec_module(module)
print(sys.modules["_virtual_b"].DOUBLE)


class CountingLoader(importlib.abc.Loader):
    def __init__(self):
        self.created = 0

    def create_module(self, spec):
        self.created += 1
        return None

    def exec_module(self, module):
        module.made_by = type(self).__name__


counting = CountingLoader()
m = importlib.util.module_from_spec(importlib.util.spec_from_loader("_counted", counting))
counting.exec_module(m)
print(m.made_by, counting.created, m.__spec__.loader is counting)
old = counting.load_module("_old_style")
print(old.made_by, sys.modules["_old_style"] is old, counting.created)

try:
    importlib.abc.Loader().load_module("x")
except ImportError as e:
    print("ImportError", repr(e))


class NoneCode(importlib.abc.InspectLoader):
    def get_source(self, fullname):
        return None


try:
    NoneCode().exec_module(type(sys)("_none"))
except ImportError as e:
    print("ImportError:", e)
print(importlib.abc.MetaPathFinder().invalidate_caches())
