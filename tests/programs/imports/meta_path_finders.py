# sys.meta_path, sys.path_hooks and sys.path_importer_cache are consulted as CPython does
import os
import sys
import importlib
import importlib.abc
import importlib.machinery
import importlib.util

here = os.path.dirname(os.path.abspath(__file__))
print([getattr(f, '__name__', type(f).__name__) for f in sys.meta_path
       if f.__name__ in ('BuiltinImporter', 'PathFinder')])
print(importlib.machinery.PathFinder in sys.meta_path, importlib.machinery.BuiltinImporter in sys.meta_path)
print(callable(sys.path_hooks[-1]), type(sys.path_importer_cache).__name__)


class VirtualLoader(importlib.abc.Loader):
    def __init__(self, source):
        self.source = source

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.source, module.__dict__)


class VirtualFinder(importlib.abc.MetaPathFinder):
    modules = {
        'virtual_one': 'VALUE = 1\nNAME = __name__',
        'virtual_pkg': 'KIND = "package"',
        'virtual_pkg.child': 'WHERE = __name__',
        '_helper': 'SHADOWED = True',
    }

    def __init__(self):
        self.asked = []

    def find_spec(self, fullname, path, target=None):
        self.asked.append((fullname, path is None))
        if fullname not in self.modules:
            return None
        is_pkg = fullname == 'virtual_pkg'
        return importlib.util.spec_from_loader(fullname, VirtualLoader(self.modules[fullname]),
                                               is_package=is_pkg)


finder = VirtualFinder()
sys.meta_path.insert(0, finder)
import virtual_one
print(virtual_one.VALUE, virtual_one.NAME, virtual_one.__spec__.name,
      type(virtual_one.__loader__).__name__)
import virtual_pkg.child
print(virtual_pkg.KIND, virtual_pkg.child.WHERE, virtual_pkg.__path__)
# a finder first on the meta path wins over the files on sys.path
import _helper
print(getattr(_helper, 'SHADOWED', False))
import json
print(json.dumps([1]), ('json', True) in finder.asked)
print(finder.asked[:4])
# modules already in sys.modules do not ask the finders
finder.asked.clear()
import virtual_one, os.path
print(finder.asked)
sys.meta_path.remove(finder)
del sys.modules['_helper']
import _helper
print(getattr(_helper, 'SHADOWED', False))


class Fallback:
    # appended: asked only when nothing else found the module; no find_spec method on
    # the other one, which the import system skips
    def find_spec(self, fullname, path, target=None):
        if fullname.startswith('fallback_'):
            return importlib.util.spec_from_loader(fullname, VirtualLoader('X = 42'))
        return None


class NoFindSpec:
    pass


sys.meta_path.append(NoFindSpec())
sys.meta_path.append(Fallback())
import fallback_mod
print(fallback_mod.X)
try:
    import nosuch_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
sys.meta_path.pop()
sys.meta_path.pop()

# without PathFinder, files on sys.path are not found; built-in modules still are
saved = sys.meta_path[:]
sys.meta_path[:] = [f for f in saved if f is not importlib.machinery.PathFinder]
try:
    import _lazy
except ModuleNotFoundError as e:
    print('no PathFinder:', e)
import _imp as imp_again
print(imp_again.__name__)
sys.meta_path[:] = saved
import _lazy
print(_lazy.__name__)

# path_importer_cache: the script's directory has a FileFinder
print(type(sys.path_importer_cache[here]).__name__)
ff = importlib.machinery.FileFinder(here, (importlib.machinery.SourceFileLoader, ['.py']))
print(importlib.machinery.FileFinder(here).find_spec('_helper'))
spec = ff.find_spec('_helper')
print(spec.name, os.path.basename(spec.origin), ff.find_spec('nosuch'))
print(importlib.machinery.PathFinder.find_spec('_lazy').name,
      importlib.machinery.PathFinder.find_spec('sys'),
      importlib.machinery.PathFinder.find_spec('nosuch'))


# a path hook for entries of our own
class DictEntryFinder:
    def __init__(self, entry):
        self.entry = entry

    def find_spec(self, fullname, target=None):
        if fullname == 'from_hook':
            return importlib.util.spec_from_loader(fullname, VirtualLoader(
                'ENTRY = %r' % self.entry))
        return None


def dict_hook(entry):
    if not entry.startswith('dict::'):
        raise ImportError('not mine')
    return DictEntryFinder(entry)


sys.path_hooks.insert(0, dict_hook)
sys.path.append('dict::one')
import from_hook
print(from_hook.ENTRY, type(sys.path_importer_cache['dict::one']).__name__)
# an entry no hook takes is cached as None
sys.path.append('/nonexistent/dir/for/pyjit')
try:
    import also_missing
except ModuleNotFoundError as e:
    print(e)
print(sys.path_importer_cache.get('/nonexistent/dir/for/pyjit', 'absent'))
# a finder placed in the cache by hand is used for its entry
sys.path_importer_cache['dict::two'] = DictEntryFinder('by hand')
sys.path.insert(0, 'dict::two')
del sys.modules['from_hook']
import from_hook
print(from_hook.ENTRY)


class Forgetful:
    def find_spec(self, fullname, path, target=None):
        return None

    def invalidate_caches(self):
        print('Forgetful.invalidate_caches')


sys.meta_path.append(Forgetful())
importlib.invalidate_caches()
print('dict::one' in sys.path_importer_cache, '/nonexistent/dir/for/pyjit' in sys.path_importer_cache,
      here in sys.path_importer_cache)
sys.meta_path.pop()
sys.path_hooks.remove(dict_hook)


# a meta path finder returning a namespace portion
class PortionFinder:
    def find_spec(self, fullname, path, target=None):
        if fullname == 'portion_ns':
            spec = importlib.machinery.ModuleSpec(fullname, None)
            spec.submodule_search_locations = []
            return spec
        return None


sys.meta_path.insert(0, PortionFinder())
import portion_ns
print(type(portion_ns.__spec__.loader).__name__ if portion_ns.__spec__.loader else None,
      list(portion_ns.__path__))
sys.meta_path.pop(0)


class Raising:
    def find_spec(self, fullname, path, target=None):
        raise RuntimeError('finder failed for ' + fullname)


sys.meta_path.insert(0, Raising())
import sys as same_sys
print(same_sys is sys)
import raising_target
