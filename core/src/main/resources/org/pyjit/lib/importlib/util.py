"""Helpers of the import system: finding specs, making modules from them, cache paths."""

import _imp
import sys

from importlib import _resolve_name
from importlib.machinery import SourceFileLoader, ModuleSpec

MAGIC_NUMBER = (3571).to_bytes(2, 'little') + b'\r\n'

_NO_LOCATIONS = object()


def resolve_name(name, package):
    """The absolute name of a (possibly relative) module name."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {name!r} '
                          '(required for relative module names)')
    bare = name.lstrip('.')
    return _resolve_name(bare, package, len(name) - len(bare))


def find_spec(name, package=None):
    """The spec of a module: from sys.modules when imported, else found (parents imported)."""
    fullname = name if name[:1] != '.' else resolve_name(name, package)
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError(f'{name}.__spec__ is not set') from None
        if spec is None:
            raise ValueError(f'{name}.__spec__ is None')
        return spec
    parent_name = fullname.rpartition('.')[0]
    path = None
    if parent_name:
        parent = __import__(parent_name, fromlist=['__path__'])
        try:
            path = parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f'__path__ attribute not found on {parent_name!r} while trying to find '
                f'{fullname!r}', name=fullname) from e
    return _imp._find_spec(fullname, path)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for a module a loader provides."""
    if is_package is None and hasattr(loader, 'is_package'):
        is_package = loader.is_package(name)
    return ModuleSpec(name, loader, origin=origin, is_package=bool(is_package))


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_NO_LOCATIONS):
    """A spec for the module in file location (a .py file unless a loader is given)."""
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            location = loader.get_filename(name)
    else:
        location = str(location) if not isinstance(location, str) else location
        if not location.startswith('/'):
            location = _cwd_join(location)
    if loader is None:
        if not location.endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is _NO_LOCATIONS:
        is_package = getattr(loader, 'is_package', None)
        if is_package is not None and is_package(name):
            spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    places = spec.submodule_search_locations
    if places == []:
        places.append(location.rpartition('/')[0])  # a package is searched in its own folder
    return spec


def _cwd_join(path):
    import os
    return os.path.join(os.getcwd(), path)


def module_from_spec(spec):
    """A new module for spec, its import attributes set (its code not run yet)."""
    return _imp._module_from_spec(spec)


def cache_from_source(path, debug_override=None, *, optimization=None):
    """Where CPython 3.13 keeps the compiled form of source file path."""
    return _imp._cache_path(str(path))


def source_from_cache(path):
    """The source file of a path made by cache_from_source."""
    head, _, name = str(path).rpartition('/')
    cache_dir = head.rpartition('/')[2]
    if cache_dir != '__pycache__':
        raise ValueError(f'__pycache__ not bottom-level directory in {path!r}')
    dots = name.count('.')
    if dots not in (2, 3):
        raise ValueError(f'expected only 2 or 3 dots in {name!r}')
    base = name.partition('.')[0]
    return head.rpartition('/')[0] + '/' + base + '.py' if '/' in head else base + '.py'


def decode_source(source_bytes):
    """Source bytes as text, with universal newlines."""
    text = bytes(source_bytes).decode('utf-8')
    return text.replace('\r\n', '\n').replace('\r', '\n')
