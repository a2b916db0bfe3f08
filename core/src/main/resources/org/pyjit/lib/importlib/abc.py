"""Base classes for loaders and finders written in Python (plain classes in pyjit: no
abstract-method checks, no registration of virtual subclasses)."""

import sys


class Loader:
    """A loader: create_module(spec) (None: a plain new module), exec_module(module)."""

    def create_module(self, spec):
        return None

    def load_module(self, fullname):
        """The old protocol, over exec_module: makes, registers and runs the module."""
        if not hasattr(self, 'exec_module'):
            raise ImportError
        from importlib.util import spec_from_loader, module_from_spec
        module = module_from_spec(spec_from_loader(fullname, self))
        sys.modules[fullname] = module
        try:
            self.exec_module(module)
        except BaseException:
            sys.modules.pop(fullname, None)
            raise
        return sys.modules[fullname]


class MetaPathFinder:
    """A finder of sys.meta_path's kind: find_spec(fullname, path, target=None)."""

    def invalidate_caches(self):
        pass


class PathEntryFinder:
    """A finder for one sys.path entry: find_spec(fullname, target=None)."""

    def invalidate_caches(self):
        pass


class ResourceLoader(Loader):
    def get_data(self, path):
        raise OSError


class InspectLoader(Loader):
    """A loader that can give a module's source; its code is compiled from it."""

    def is_package(self, fullname):
        raise ImportError

    def get_source(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        return self.source_to_code(source)

    @staticmethod
    def source_to_code(data, path='<string>'):
        return compile(data, path, mode='exec', dont_inherit=True)

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f'cannot load module {module.__name__!r} when get_code() '
                              'returns None')
        exec(code, module.__dict__)


class ExecutionLoader(InspectLoader):
    def get_filename(self, fullname):
        raise ImportError


class SourceLoader(ResourceLoader, ExecutionLoader):
    """A loader reading source with get_data(get_filename(name))."""

    def get_source(self, fullname):
        path = self.get_filename(fullname)
        from importlib.util import decode_source
        return decode_source(self.get_data(path))

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(path), path)


FileLoader = SourceLoader
