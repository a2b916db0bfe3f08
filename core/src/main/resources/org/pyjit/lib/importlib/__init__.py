"""pyjit's importlib: the import system as functions, over the same machinery the import
statement uses (the _imp built-in module)."""

import _imp
import sys

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

__import__ = __import__

# modules in the middle of reload(), so that a module reloading itself gets itself back
_RELOADING = {}


def _resolve_name(name, package, level):
    parts = package.rsplit('.', level - 1)
    if len(parts) < level:
        raise ImportError('attempted relative import beyond top-level package')
    return parts[0] + '.' + name if name else parts[0]


def import_module(name, package=None):
    """Import a module by name; a name starting with dots is relative to package."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            f"import for {name!r}")
        level = len(name) - len(name.lstrip('.'))
    bare = name[level:]
    if not isinstance(name, str):
        raise TypeError(f'module name must be str, not {type(name)}')
    if level:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        bare = _resolve_name(bare, package, level)
    elif not name:
        raise ValueError('Empty module name')
    return _imp._gcd_import(bare)


def invalidate_caches():
    """Tell every finder on sys.meta_path that has caches to drop them (pyjit's own keep
    none; PathFinder passes it on to the finders of sys.path_importer_cache)."""
    for finder in sys.meta_path:
        drop = getattr(finder, 'invalidate_caches', None)
        if drop is not None:
            drop()


def reload(module):
    """Run a module's code again in its own namespace; returns the module."""
    if not module or not isinstance(module, type(sys)):
        raise TypeError('reload() argument must be a module')
    try:
        name = module.__spec__.name
    except AttributeError:
        name = module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError(f'module {name} not in sys.modules', name=name)
    if name in _RELOADING:
        return _RELOADING[name]
    _RELOADING[name] = module
    try:
        parent_name = name.rpartition('.')[0]
        path = None
        if parent_name:
            try:
                parent = sys.modules[parent_name]
            except KeyError:
                raise ImportError(f'parent {parent_name!r} not in sys.modules',
                                  name=parent_name) from None
            path = parent.__path__
        spec = module.__spec__ = _imp._find_spec(name, path)
        if spec is None:
            raise ModuleNotFoundError(f'spec not found for the module {name!r}', name=name)
        if sys.modules.get(name) is not module:
            raise ImportError(f'module {name!r} not in sys.modules', name=name)
        _imp._init_module_attrs(spec, module)
        if spec.loader is not None:
            spec.loader.exec_module(module)
        sys.modules[name] = sys.modules.pop(name)
        return sys.modules[name]
    finally:
        _RELOADING.pop(name, None)
